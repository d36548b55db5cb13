using TrivselsBot.Chat;
using TrivselsBot.Scheduling;
using TrivselsBot.Teams;

namespace TrivselsBot.Setup;

public static class SetupServices
{
    /// <summary>"opsæt" and "status" in a team, the setup card, the store of team setups, and the repair of lost pulse triggers.</summary>
    public static IServiceCollection AddTeamSetup(this IServiceCollection services)
    {
        services.AddSingleton<TeamSetupStore>();
        services.AddSingleton<TeamRoster>();
        services.AddSingleton<SetupGate>();
        services.AddSingleton<IBotCommand, SetupCommand>();
        services.AddSingleton<IBotCommand, StatusCommand>();
        services.AddSingleton<ICardAction, SaveSetupAction>();
        services.AddSingleton<IScheduleRepair, PulseScheduleRepair>();
        return services;
    }
}
