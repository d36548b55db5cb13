using TrivselsBot.Chat;
using TrivselsBot.Privacy;

namespace TrivselsBot.Administration;

public static class AdministrationServices
{
    /// <summary>The administrators, a team's erasure of all its data, the nightly deletion of raw data past its retention, and the health checks.</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AdministrationOptions>(configuration.GetSection(AdministrationOptions.Section));
        services.AddSingleton<ErasureMarkers>();
        services.AddSingleton<TeamErasure>();
        services.AddSingleton<ErasureRights>();
        services.AddSingleton(sp => new ErasureSeal(
            PrivacyServices.ReadSecret(sp, o => o.CardSigningSecret, "Privacy:CardSigningSecret"), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IBotCommand, EraseDataCommand>();
        services.AddSingleton<ICardAction, ConfirmErasureAction>();
        services.AddSingleton<ICardAction, CancelErasureAction>();
        services.AddSingleton<RetentionSweep>();
        services.AddSingleton<RetentionSchedule>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionSchedule>());
        services.AddBotHealthChecks();
        services.AddSingleton<AdminStatus>();
        return services;
    }

    public static IReadOnlyList<string> Tables { get; } = [ErasureMarkers.TableName];
}
