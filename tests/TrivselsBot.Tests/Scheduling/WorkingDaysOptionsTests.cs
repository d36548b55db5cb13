using System.Text;
using Microsoft.Extensions.Configuration;
using TrivselsBot.Scheduling;
using TrivselsBot.Testing;
using static TrivselsBot.Tests.Scheduling.Calendars;

namespace TrivselsBot.Tests.Scheduling;

[Collection(AzuriteCollection.Name)]
public sealed class WorkingDaysOptionsTests(AzuriteServer azurite)
{
    [Theory]
    [InlineData("""{ "WorkingDays": { "ExtraClosedDays": "12-24" } }""", "2026-12-24", "2026-12-31")]
    [InlineData("""{ "WorkingDays": { "ExtraClosedDays": "" } }""", "", "2026-12-24,2026-12-31,2026-06-05")]
    [InlineData("""{ }""", "2026-12-24,2026-12-31,2026-06-05", "")]
    public void A_configured_list_replaces_the_default_and_an_empty_one_means_none(string json, string closed, string open)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var options = configuration.GetSection(WorkingDaysOptions.Section).Get<WorkingDaysOptions>() ?? new WorkingDaysOptions();
        var calendar = new DanishWorkingDays(Microsoft.Extensions.Options.Options.Create(options));

        Assert.All(closed.Split(',', StringSplitOptions.RemoveEmptyEntries), d => Assert.False(calendar.IsWorkingDay(Day(d))));
        Assert.All(open.Split(',', StringSplitOptions.RemoveEmptyEntries), d => Assert.True(calendar.IsWorkingDay(Day(d))));
    }

    [Fact]
    public async Task A_closed_day_that_is_not_a_day_of_the_year_stops_the_start_with_the_problem_named()
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(() => BotUnderTest.StartAsync(azurite.ConnectionString,
            new Dictionary<string, string?> { ["WorkingDays:ExtraClosedDays"] = "12-24, 24-12" }));

        Assert.Contains("\"24-12\" is not a day of the year", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_settings_template_names_grundlovsdag_juleaftensdag_and_nytaarsaftensdag()
    {
        var template = File.ReadAllText(Path.Combine(RepoPaths.Root, "appsettings.template.json"));
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(template))).Build();

        var options = configuration.GetSection(WorkingDaysOptions.Section).Get<WorkingDaysOptions>();

        Assert.Equal("06-05, 12-24, 12-31", options?.ExtraClosedDays);
        Assert.Empty(options!.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
    }
}
