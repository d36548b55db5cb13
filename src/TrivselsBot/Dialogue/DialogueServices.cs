using TrivselsBot.Chat;
using TrivselsBot.Privacy;

namespace TrivselsBot.Dialogue;

public static class DialogueServices
{
    /// <summary>Anonymous replies to pulse comments: the sealed handles, the threads, the half-hourly batch.</summary>
    public static IServiceCollection AddDialogue(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DialogueOptions>().Bind(configuration.GetSection(DialogueOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new Sealer(PrivacyServices.ReadSecret(sp, o => o.ReplyHandleSecret, "Privacy:ReplyHandleSecret")));
        services.AddSingleton<DialogueStore>();
        services.AddSingleton<ICardAction, ReplyToCommentAction>();
        foreach (var kind in Enum.GetValues<WriterActionKind>())
        {
            services.AddSingleton<ICardAction>(sp => ActivatorUtilities.CreateInstance<WriterAction>(sp, kind));
        }
        services.AddSingleton<DialogueDelivery>();
        services.AddSingleton<DialogueDeliverySchedule>();
        services.AddHostedService(sp => sp.GetRequiredService<DialogueDeliverySchedule>());
        return services;
    }

    public static IReadOnlyList<string> Tables { get; } = DialogueStore.Tables;
}
