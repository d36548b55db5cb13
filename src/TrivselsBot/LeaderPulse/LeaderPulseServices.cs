namespace TrivselsBot.LeaderPulse;

public static class LeaderPulseServices
{
    /// <summary>The leaders' own pulse: its questions (checked at start-up) and the weekly send and close.</summary>
    public static IServiceCollection AddLeaderPulse(this IServiceCollection services, IConfiguration configuration)
    {
        var path = configuration["LeaderPulse:QuestionsPath"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "LeaderPulse", "leader-questions.json");
        services.AddSingleton(_ => LeaderQuestions.Load(path));
        services.AddHostedService<LeaderQuestionsCheck>();
        services.AddSingleton<LeaderPulseRun>();
        return services;
    }
}

/// <summary>Loads the leader questions at start-up, so a broken edit stops the start with a clear message.</summary>
internal sealed class LeaderQuestionsCheck(LeaderQuestions questions, ILogger<LeaderQuestionsCheck> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        log.LogInformation("Leader pulse: {Questions} questions", questions.All.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
