using TrivselsBot.Setup;
using TrivselsBot.Testing;
using TrivselsBot.Trio;

namespace TrivselsBot.Tests.Trio;

[Collection(AzuriteCollection.Name)]
public sealed class TrioRemindersAtWeekendsTests(AzuriteServer azurite)
{
    [Fact]
    public async Task Nobody_is_reminded_on_a_saturday_even_of_an_action_due_on_monday()
    {
        await using var connector = await RecordingConnector.StartAsync();
        var saturday = new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(1));
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString, time: new ShiftedClock(saturday));
        var team = new TeamRef(TeamsActivities.TenantId, $"19:{Guid.NewGuid():N}@thread.v2");
        await bot.Service<TeamSetupStore>().SaveAsync(new TeamSetup { Team = team, ServiceUrl = connector.ServiceUrl, BotId = TeamsActivities.BotId, Leaders = [] }, default);
        await bot.Service<TrioStore>().SaveSetupAsync(TrioSamples.Setup with { Team = team }, default);
        Assert.True(await bot.Service<TrioStore>().TryAddItemAsync(team, TrioSamples.Action("Vagtplan", new DateOnly(2026, 12, 7)), default));

        Assert.Equal(0, await bot.Service<TrioReminders>().RunAsync(default));
        Assert.Empty(connector.ActivitiesSent());
        Assert.False((await bot.Service<TrioStore>().GetItemAsync(team, "a-1", default))!.RemindedDueSoon);
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class TrioOptionsTests(AzuriteServer azurite)
{
    [Fact]
    public async Task The_agenda_and_reminder_times_are_read_as_the_settings_template_writes_them()
    {
        await using var bot = await BotUnderTest.StartAsync(azurite.ConnectionString,
            new Dictionary<string, string?> { ["Trio:AgendaTime"] = "07:30", ["Trio:ReminderTime"] = "08:15" });

        var options = bot.Service<Microsoft.Extensions.Options.IOptions<TrioOptions>>().Value;

        Assert.Equal(new TimeOnly(7, 30), options.AgendaTime);
        Assert.Equal(new TimeOnly(8, 15), options.ReminderTime);
    }

    [Fact]
    public async Task A_broken_annual_cycle_stops_the_start_with_the_problem_named()
    {
        var path = Path.Combine(Path.GetTempPath(), $"annual-cycle-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{ "items": [ { "id": "apv", "da": "APV", "en": "APV", "source": "004" } ] }""");

        var e = await Assert.ThrowsAnyAsync<Exception>(() => BotUnderTest.StartAsync(azurite.ConnectionString,
            new Dictionary<string, string?> { ["Trio:AnnualCyclePath"] = path }));

        Assert.Contains("not both or neither", e.ToString(), StringComparison.Ordinal);
    }
}
