using TrivselsBot.Chat;
using TrivselsBot.Teams;

namespace TrivselsBot.Setup;

public static class SetupServices
{
    /// <summary>"opsæt" and "status" in a team, the setup card, and the store of team setups.</summary>
    public static IServiceCollection AddTeamSetup(this IServiceCollection services)
    {
        services.AddSingleton<TeamSetupStore>();
        services.AddSingleton<TeamRoster>();
        services.AddSingleton<SetupGate>();
        services.AddSingleton<IBotCommand, SetupCommand>();
        services.AddSingleton<IBotCommand, StatusCommand>();
        services.AddSingleton<ICardAction, SaveSetupAction>();
        services.AddHostedService<ScheduleReconciler>();
        return services;
    }
}
