using TrivselsBot.BotConnector;
using TrivselsBot.Groups;
using TrivselsBot.Setup;

namespace TrivselsBot.Tests.Groups;

public sealed class TeamGroupTests
{
    private static readonly TeamGroup HouseA = new("Hus A", ["a1", "a2", "a3", "a4", "a5"]);

    [Fact]
    public void An_answer_is_tagged_with_the_members_group_while_k_of_its_members_are_on_the_roster()
    {
        Assert.Equal("Hus A", TeamGroup.Of(Setup(k: 5), "A3", Roster("a1", "a2", "a3", "a4", "a5", "b1")));
    }

    [Fact]
    public void A_group_that_shrank_under_k_on_the_roster_tags_no_answer_so_it_counts_only_for_the_team()
    {
        Assert.Null(TeamGroup.Of(Setup(k: 5), "a3", Roster("a1", "a2", "a3", "a4", "b1")));
    }

    [Fact]
    public void A_member_outside_every_group_is_tagged_with_none()
    {
        Assert.Null(TeamGroup.Of(Setup(k: 5), "b1", Roster("a1", "a2", "a3", "a4", "a5", "b1")));
    }

    private static TeamSetup Setup(int k) => new()
    {
        Team = new TeamRef("tenant", "19:team@thread.v2"),
        ServiceUrl = "https://smba.example/",
        BotId = "28:bot",
        Leaders = [],
        MinimumGroupSize = k,
        Groups = [HouseA],
    };

    private static List<TeamsChannelAccount> Roster(params string[] aad) => [.. aad.Select(a => new TeamsChannelAccount { Id = "29:" + a, AadObjectId = a })];
}
