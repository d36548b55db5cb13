using TrivselsBot.BotConnector;
using TrivselsBot.Groups;
using TrivselsBot.Setup;

namespace TrivselsBot.Tests.Groups;

public sealed class TeamGroupTests
{
    private static readonly TeamGroup HouseA = new("Hus A", ["a1", "a2", "a3", "a4", "a5"]);
    private static readonly TeamGroup HouseA6 = new("Hus A", ["a1", "a2", "a3", "a4", "a5", "a6"]);

    [Fact]
    public void An_answer_is_tagged_with_the_members_group_while_k_of_its_members_are_on_the_roster()
    {
        Assert.Equal("Hus A", TeamGroup.Of(Setup(k: 5), "A3", Roster("a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3", "b4", "b5")));
    }

    [Fact]
    public void A_group_covering_the_whole_roster_tags_its_answers()
    {
        Assert.Equal("Hus A", TeamGroup.Of(Setup(k: 5), "a1", Roster("a1", "a2", "a3", "a4", "a5")));
    }

    [Theory]
    [InlineData("a1")]
    [InlineData("b1")]
    [InlineData("leader")]
    public void When_fewer_than_k_members_are_outside_every_group_no_answer_is_tagged_so_an_untagged_answer_points_at_nobody(string member)
    {
        Assert.Null(TeamGroup.Of(Setup(k: 5, HouseA), member, Roster("a1", "a2", "a3", "a4", "a5", "b1", "leader")));
    }

    [Fact]
    public void When_the_few_outside_would_stand_alone_the_smallest_group_stops_tagging_and_joins_them()
    {
        var houseB = new TeamGroup("Hus B", ["b1", "b2", "b3", "b4", "b5"]);
        var roster = Roster("a1", "a2", "a3", "a4", "a5", "a6", "b1", "b2", "b3", "b4", "b5", "leader");

        Assert.Equal("Hus A", TeamGroup.Of(Setup(k: 5, HouseA6, houseB), "a6", roster));
        Assert.Null(TeamGroup.Of(Setup(k: 5, HouseA6, houseB), "b1", roster));
        Assert.Null(TeamGroup.Of(Setup(k: 5, HouseA6, houseB), "leader", roster));
    }

    [Fact]
    public void A_group_that_shrank_under_k_on_the_roster_tags_no_answer_so_it_counts_only_for_the_team()
    {
        Assert.Null(TeamGroup.Of(Setup(k: 5), "a3", Roster("a1", "a2", "a3", "a4", "b1")));
    }

    [Fact]
    public void A_member_outside_every_group_is_tagged_with_none()
    {
        Assert.Null(TeamGroup.Of(Setup(k: 5), "b1", Roster("a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3", "b4", "b5")));
    }

    private static TeamSetup Setup(int k, params TeamGroup[] groups) => new()
    {
        Team = new TeamRef("tenant", "19:team@thread.v2"),
        ServiceUrl = "https://smba.example/",
        BotId = "28:bot",
        Leaders = [],
        MinimumGroupSize = k,
        Groups = groups.Length > 0 ? groups : [HouseA],
    };

    private static List<TeamsChannelAccount> Roster(params string[] aad) => [.. aad.Select(a => new TeamsChannelAccount { Id = "29:" + a, AadObjectId = a })];
}
