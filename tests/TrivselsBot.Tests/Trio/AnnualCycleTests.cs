using TrivselsBot.Trio;

namespace TrivselsBot.Tests.Trio;

public sealed class AnnualCycleTests
{
    private static readonly AnnualCycle Cycle = AnnualCycleLoader.Parse("""
        { "items": [
          { "id": "apv", "da": "APV", "en": "APV", "source": "004", "everyYears": 3 },
          { "id": "mus", "da": "MUS", "en": "MUS", "source": "004", "yearly": "02-01", "until": "04-30" },
          { "id": "stats", "da": "Sygefravær", "en": "Sickness", "source": "004", "yearly": "03-01" },
          { "id": "winter", "da": "Vinter", "en": "Winter", "source": "test", "yearly": "12-15", "until": "01-15" }
        ] }
        """, "test");

    private static readonly Dictionary<string, DateOnly> ApvDone = new() { ["apv"] = new DateOnly(2023, 3, 20) };

    [Fact]
    public void The_shipped_calendar_loads_and_tracks_the_apv_and_the_wellbeing_survey()
    {
        var shipped = TrioSamples.Cycle;

        Assert.Equal(["apv", "trivselsmaaling"], shipped.Tracked.Select(i => i.Id));
        Assert.Contains(shipped.Items, i => i.Id == "arbejdsmiljodroftelse");
        Assert.Contains(shipped.Items, i => i.Id == "socialtilsyn");
    }

    [Fact]
    public void An_item_within_30_days_is_due_and_one_further_off_is_not()
    {
        var due = Cycle.DueSoon(new DateOnly(2026, 2, 5), ApvDone);

        Assert.Contains(due, d => d.Item.Id == "stats" && d.State == AnnualDueState.Due && d.Date == new DateOnly(2026, 3, 1));
        Assert.DoesNotContain(Cycle.DueSoon(new DateOnly(2026, 1, 20), ApvDone), d => d.Item.Id == "stats");
    }

    [Fact]
    public void A_season_shows_while_it_runs_also_across_new_year()
    {
        Assert.Contains(Cycle.DueSoon(new DateOnly(2026, 4, 10), ApvDone), d => d.Item.Id == "mus" && d.State == AnnualDueState.Running);
        Assert.Contains(Cycle.DueSoon(new DateOnly(2026, 1, 10), ApvDone), d => d.Item.Id == "winter" && d.State == AnnualDueState.Running);
        Assert.DoesNotContain(Cycle.DueSoon(new DateOnly(2026, 5, 10), ApvDone), d => d.Item.Id == "mus");
    }

    [Theory]
    [InlineData("2026-03-01", AnnualDueState.Due)]
    [InlineData("2026-04-01", AnnualDueState.Overdue)]
    public void The_apv_is_due_three_years_after_the_last_and_overdue_after_that(string today, AnnualDueState expected)
    {
        var apv = Assert.Single(Cycle.DueSoon(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), ApvDone), d => d.Item.Id == "apv");

        Assert.Equal(expected, apv.State);
        Assert.Equal(new DateOnly(2026, 3, 20), apv.Date);
    }

    [Fact]
    public void An_apv_done_recently_is_not_shown_and_an_unknown_date_is_a_warning_first()
    {
        Assert.DoesNotContain(Cycle.DueSoon(new DateOnly(2024, 2, 10), ApvDone), d => d.Item.Id == "apv");

        var due = Cycle.DueSoon(new DateOnly(2026, 2, 10), new Dictionary<string, DateOnly>());
        Assert.Equal(AnnualDueState.DateUnknown, due[0].State);
        Assert.Equal("apv", due[0].Item.Id);
    }

    [Fact]
    public void A_broken_calendar_names_every_problem_at_once()
    {
        var e = Assert.Throws<InvalidOperationException>(() => AnnualCycleLoader.Parse("""
            { "items": [
              { "id": "Bad Id", "da": "x", "en": "x", "source": "x", "yearly": "03-01" },
              { "id": "both", "da": "x", "en": "x", "source": "x", "yearly": "03-01", "everyYears": 3 },
              { "id": "date", "da": "x", "source": "x", "yearly": "13-01" },
              { "id": "date", "da": "x", "en": "x", "source": "x", "everyYears": 0 }
            ] }
            """, "broken.json"));

        Assert.Contains("broken.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("(5 problems)", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"Bad Id\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("not both or neither", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"en\" is missing", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"MM-dd\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("from 1 to 10", e.Message, StringComparison.Ordinal);
    }
}
