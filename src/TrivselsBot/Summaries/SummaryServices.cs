using TrivselsBot.Chat;

namespace TrivselsBot.Summaries;

public static class SummaryServices
{
    /// <summary>The leader summary: the per-period aggregates it is built from.</summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IBotCommand, AuditCommand>();
        services.AddSingleton<AggregateStore>();
        services.AddSingleton<SummaryAudit>();
        services.AddSingleton<LeaderSummaryMarks>();
        services.AddSingleton<LeaderSummaryDelivery>();
        services.AddSingleton<IBotCommand, SummaryCommand>();
        services.AddSingleton<SummaryViewers>();
        services.AddSingleton<TeamSummaryReply>();
        services.AddSingleton<ICardAction, SummaryTeamAction>();
        services.AddSingleton<SummaryCsvFile>();
        services.AddSingleton<CsvConsents>();
        services.AddSingleton<ICardAction, SummaryCsvAction>();
        services.AddSingleton<IInvokeHandler, SummaryCsvConsent>();
        services.Configure<CsvUploadOptions>(configuration.GetSection(CsvUploadOptions.Section));
        services.AddHttpClient(SummaryCsvConsent.UploadClient, client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = false });
        return services;
    }

    public static IReadOnlyList<string> Tables { get; } = [AggregateStore.TableName, AggregateStore.ByTenantTableName, SummaryAudit.TableName, CsvConsents.TableName, LeaderSummaryMarks.TableName];
}
