using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Setup;

namespace TrivselsBot.Summaries;

/// <summary>
/// The summary as a CSV file (<see cref="SummaryCsv"/>), for whoever may see the team's summary: a leader or TRIO member
/// still in the team.
/// </summary>
public sealed class SummaryCsvFile(TeamSetupStore setups, AggregateStore aggregates, QuestionBank bank, SummaryViewers viewers, TimeProvider time)
{
    /// <summary>The file, built afresh from the stored aggregates; null when the person may not see the team's summary.</summary>
    public async Task<CsvFile?> ForAsync(string tenantId, string who, string conversationId, CancellationToken ct)
    {
        if (await setups.GetAsync(new TeamRef(tenantId, conversationId), ct) is not { } setup || !await viewers.MaySeeAsync(setup, who, ct)) return null;
        var now = time.GetUtcNow();
        var (from, to) = LeaderSummary.PeriodsToRead(now);
        var summary = LeaderSummary.Build(bank, await aggregates.GetRangeAsync(setup.Team, from, to, ct), setup.MinimumGroupSize, now);
        return new CsvFile(FileName(setup.Name, summary), SummaryCsv.Build(summary), setup.Name);
    }

    /// <summary>"trivsel-bostedet-engly-2026-W48.csv": letters and digits of the team's name only, so any file system takes it.</summary>
    private static string FileName(string teamName, LeaderSummary summary)
    {
        var name = new string([.. teamName.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');
        while (name.Contains("--", StringComparison.Ordinal)) name = name.Replace("--", "-", StringComparison.Ordinal);
        return $"trivsel-{(name.Length > 0 ? name + "-" : "")}{summary.LastPeriod}.csv";
    }
}

public sealed record CsvFile(string Name, byte[] Bytes, string TeamName);
