using System.Text;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Summaries;
using TrivselsBot.Tests.CheckIns;
using static TrivselsBot.Tests.Summaries.SampleHistory;

namespace TrivselsBot.Tests.Summaries;

public sealed class SummaryCsvTests
{
    private static PeriodAggregate Everyone(int weeksBeforeLast, params (string Question, int? Score)[] scores) =>
        PeriodAggregate.From(WeeksBeforeLast(weeksBeforeLast),
            [.. Enumerable.Range(0, 6).Select(_ => (IReadOnlyDictionary<string, int?>)scores.ToDictionary(s => s.Question, s => s.Score))],
            Roster);

    private static List<string[]> Rows(LeaderSummary summary) =>
        [.. Exposure.Csv(summary).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(row => row.Split(';'))];

    [Fact]
    public void The_file_is_utf8_with_a_byte_order_mark_so_Excel_reads_the_Danish_letters()
    {
        var bytes = SummaryCsv.Build(Weeks().Summarise());

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.StartsWith("Emne;Uger;Værdi;Ændring;Forklaring\r\n", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_row_has_the_five_columns_and_the_figures_of_the_summary()
    {
        var summary = new List<PeriodAggregate>
        {
            Everyone(4, ("anchor", 4), ("workload-1", 4)),
            Everyone(0, ("anchor", 2), ("workload-1", 2)),
        }.Summarise();

        var rows = Rows(summary);

        Assert.All(rows, row => Assert.Equal(5, row.Length));
        Assert.Equal(["Svarprocent", "2026-W48", "50", "", "6 af 12 svarede"], rows[1]);
        Assert.Equal(["Trivsel i alt", "2026-W48", "25", "-50", "0-100, højere er bedre. Ændring mod 2026-W44 – 2026-W47"], rows[2]);
        Assert.Equal(["Krav og arbejdsmængde", "2026-W45 – 2026-W48", "25", "-50", "0-100, højere er bedre. Ændring mod 2026-W41 – 2026-W44"],
            rows.Single(r => r[0] == "Krav og arbejdsmængde"));
        Assert.Equal(LeaderSummary.TrendLength, rows.Count(r => r[0] == "Trivsel i alt, uge for uge"));
    }

    [Fact]
    public void A_week_without_a_pulse_reads_not_measured()
    {
        var rows = Rows(Weeks().Without(WeeksBeforeLast(5)).Summarise());

        Assert.Equal("ikke målt", rows.Single(r => r[1] == WeeksBeforeLast(5).ToString())[2]);
    }

    [Fact]
    public void A_theme_name_that_looks_like_a_formula_is_written_as_text_and_one_with_a_separator_is_quoted()
    {
        var json = TestBanks.ValidJson();
        json["themes"]![0]!["da"] = "=HYPERLINK(\"x\")";
        json["themes"]![1]!["da"] = "Krav; mængde";
        var bank = TestBanks.Parse(json);

        var csv = Exposure.Csv(LeaderSummary.Build(bank, [], 5, Now));

        Assert.Contains("\r\n\"'=HYPERLINK(\"\"x\"\")\";", csv, StringComparison.Ordinal);
        Assert.Contains("\r\n\"Krav; mængde\";", csv, StringComparison.Ordinal);
    }
}
