using System.Text.Json;
using TrivselsBot.BotConnector;
using TrivselsBot.Localization;
using TrivselsBot.Setup;

namespace TrivselsBot.Tests.Setup;

public sealed class SetupSubmissionTests
{
    private static readonly TeamsChannelAccount[] Roster =
    [
        new() { Id = "29:a", AadObjectId = "aad-a", Name = "Mette" },
        new() { Id = "29:b", AadObjectId = "aad-b", Name = "Ahmed" },
    ];

    private static readonly TeamSetup Current = new()
    {
        Team = new TeamRef("tenant", "19:chat@thread.v2"),
        ServiceUrl = "https://smba.example/",
        BotId = "28:bot",
        Leaders = [],
    };

    private static JsonElement Inputs(string leaders = "aad-a", string day = "1", string time = "09:30", string reminder = "2",
        string questions = "4", string language = "da", string k = "5") =>
        JsonSerializer.SerializeToElement(new { action = "setup.save", leaders, day, time, reminder, questions, language, k });

    [Fact]
    public void A_complete_card_becomes_a_setup()
    {
        var (setup, problem) = SetupSubmission.Read(Inputs(leaders: "aad-a,aad-b", day: "3", time: "14:00", k: "6"), Current, Roster, Language.Danish);

        Assert.Null(problem);
        Assert.Equal(["Mette", "Ahmed"], setup!.Leaders.Select(l => l.Name));
        Assert.Equal(DayOfWeek.Wednesday, setup.PulseDay);
        Assert.Equal(new TimeOnly(14, 0), setup.PulseTime);
        Assert.Equal(6, setup.MinimumGroupSize);
    }

    [Theory]
    [InlineData("2.0", 2)]
    [InlineData("4", 4)]
    public void Number_inputs_may_arrive_as_whole_decimals(string reminder, int expected) =>
        Assert.Equal(expected, SetupSubmission.Read(Inputs(reminder: reminder), Current, Roster, Language.Danish).Setup!.ReminderWorkingDays);

    [Theory]
    [InlineData("leaders", "")]
    [InlineData("leaders", "aad-stranger")]
    [InlineData("leaders", "aad-a,aad-stranger")]
    [InlineData("day", "7")]
    [InlineData("day", "mandag")]
    [InlineData("time", "9")]
    [InlineData("time", "25:00")]
    [InlineData("reminder", "0")]
    [InlineData("reminder", "5")]
    [InlineData("reminder", "1.5")]
    [InlineData("questions", "2")]
    [InlineData("questions", "6")]
    [InlineData("k", "2")]
    [InlineData("k", "1")]
    [InlineData("k", "-5")]
    [InlineData("k", "51")]
    public void Anything_outside_the_rules_is_refused_with_a_reason(string input, string value)
    {
        var inputs = JsonSerializer.Deserialize<Dictionary<string, string>>(Inputs().GetRawText())!;
        inputs[input] = value;

        var (setup, problem) = SetupSubmission.Read(JsonSerializer.SerializeToElement(inputs), Current, Roster, Language.Danish);

        Assert.Null(setup);
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void A_minimum_group_size_under_three_is_refused_whatever_the_card_says()
    {
        var (setup, problem) = SetupSubmission.Read(Inputs(k: "2"), Current, Roster, Language.Danish);

        Assert.Null(setup);
        Assert.Contains("mellem 3 og 50", problem, StringComparison.Ordinal);
    }
}
