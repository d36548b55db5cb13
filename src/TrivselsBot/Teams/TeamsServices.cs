using TrivselsBot.Chat;

namespace TrivselsBot.Teams;

public static class TeamsServices
{
    /// <summary>Install/uninstall, stored conversation references, welcome and help.</summary>
    public static IServiceCollection AddTeamsConversations(this IServiceCollection services)
    {
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<InstallationHandler>();
        services.AddSingleton<IBotCommand, HelpCommand>();
        return services;
    }
}
