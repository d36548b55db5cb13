using TrivselsBot.Chat;
using TrivselsBot.Scheduling;

namespace TrivselsBot.Trio;

public static class TrioServices
{
    /// <summary>The TRIO: setup, agendas (on demand and scheduled), items from the card, minutes, reminders, the årshjul.</summary>
    public static IServiceCollection AddTrio(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TrioOptions>(configuration.GetSection(TrioOptions.Section));
        var cyclePath = configuration[$"{TrioOptions.Section}:{nameof(TrioOptions.AnnualCyclePath)}"] is { Length: > 0 } path
            ? path
            : Path.Combine(AppContext.BaseDirectory, "Trio", "annual-cycle.json");
        services.AddSingleton(_ => AnnualCycleLoader.Load(cyclePath));
        services.AddHostedService<AnnualCycleCheck>();
        services.AddSingleton<TrioStore>();
        services.AddSingleton<Organisation.IMedItems, TrioMedItems>();
        services.AddSingleton<TrioMembership>();
        services.AddSingleton<TrioAccess>();
        services.AddSingleton<TrioSetupGate>();
        services.AddSingleton<TrioAgendas>();
        services.AddSingleton<TrioMinutesService>();
        services.AddSingleton<TrioSchedules>();
        services.AddSingleton<TrioAgendaSender>();
        services.AddSingleton<TrioReminders>();
        services.AddSingleton<IBotCommand, TrioCommand>();
        services.AddSingleton<ICardAction, SaveTrioSetupAction>();
        services.AddSingleton<ICardAction, RecordDecisionAction>();
        services.AddSingleton<ICardAction, CreateActionItemAction>();
        services.AddSingleton<ICardAction, MarkDoneAction>();
        services.AddSingleton<ICardAction, SendToMedAction>();
        services.AddSingleton<ICardAction, OpenItemEditorAction>();
        services.AddSingleton<ICardAction, EditItemAction>();
        services.AddSingleton<ICardAction, WithdrawItemAction>();
        services.AddSingleton<ICardAction, ReopenItemAction>();
        services.AddSingleton<ICardAction, ShareMinutesAction>();
        services.AddSingleton<ICardAction, AddPointAction>();
        services.AddSingleton<IScheduleRepair, TrioAgendaScheduleRepair>();
        services.AddSingleton<TrioReminderSchedule>();
        services.AddHostedService(sp => sp.GetRequiredService<TrioReminderSchedule>());
        return services;
    }

    public static IReadOnlyList<string> Tables { get; } = [TrioStore.TableName, TrioStore.IndexTableName];
}

/// <summary>Loads the årshjul at start-up, so an organisation's broken edit stops the start with a clear message.</summary>
internal sealed class AnnualCycleCheck(AnnualCycle cycle, ILogger<AnnualCycleCheck> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        log.LogInformation("Årshjul: {Items} items", cycle.Items.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
