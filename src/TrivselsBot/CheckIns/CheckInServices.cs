using TrivselsBot.Chat;
using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.CheckIns.Questions;

namespace TrivselsBot.CheckIns;

public static class CheckInServices
{
    /// <summary>The weekly pulse: question bank, runners called by the schedule, fan-out, answers, pause/start.</summary>
    public static IServiceCollection AddCheckIns(this IServiceCollection services, IConfiguration configuration)
    {
        var bankPath = configuration["CheckIns:QuestionBankPath"] is { Length: > 0 } path
            ? path
            : Path.Combine(AppContext.BaseDirectory, "CheckIns", "Questions", "question-bank.json");
        services.AddSingleton(_ => QuestionBankLoader.Load(bankPath));
        services.AddHostedService<QuestionBankCheck>();

        services.AddSingleton<PulseRuns>();
        services.AddSingleton<AnswerStore>();
        services.AddSingleton<PausedMembers>();
        services.AddPulseDelivery(configuration);
        services.AddSingleton<IPulseRunner, PulseRunner>();
        services.AddSingleton<IReminderRunner, ReminderRunner>();
        services.AddSingleton<ICardAction, AnswerPulseAction>();
        services.AddSingleton<IBotCommand>(sp => new PauseCommand(sp.GetRequiredService<PausedMembers>(), pause: true));
        services.AddSingleton<IBotCommand>(sp => new PauseCommand(sp.GetRequiredService<PausedMembers>(), pause: false));
        return services;
    }

    public static IReadOnlyList<string> Tables { get; } =
        [PulseRuns.TableName, PausedMembers.TableName, .. AnswerStore.Tables, .. DeliveryTables.All];
}

/// <summary>Loads the question bank at start-up, so an organisation's broken edit stops the start with a clear message.</summary>
internal sealed class QuestionBankCheck(QuestionBank bank, ILogger<QuestionBankCheck> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        log.LogInformation("Question bank: {Questions} questions in {Themes} themes", bank.Questions.Count, bank.Themes.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
