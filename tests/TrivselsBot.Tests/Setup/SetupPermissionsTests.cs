using TrivselsBot.BotConnector;
using TrivselsBot.Setup;

namespace TrivselsBot.Tests.Setup;

public sealed class SetupPermissionsTests
{
    private static readonly TeamsChannelAccount[] Roster =
    [
        new() { Id = "29:leader", AadObjectId = "aad-leader", Name = "Leder", UserRole = "user" },
        new() { Id = "29:owner", AadObjectId = "aad-owner", Name = "Ejer", UserRole = "owner" },
        new() { Id = "29:staff", AadObjectId = "aad-staff", Name = "Medarbejder", UserRole = "user" },
    ];

    private static readonly TeamSetup Existing = new()
    {
        Team = new TeamRef("tenant", "team"),
        ServiceUrl = "https://smba.example/",
        BotId = "28:bot",
        Leaders = [new TeamLeader("aad-leader", "Leder")],
    };

    [Theory]
    [InlineData("aad-leader", true)]
    [InlineData("AAD-LEADER", true)]
    [InlineData("aad-owner", true)]
    [InlineData("aad-staff", false)]
    [InlineData("aad-not-in-team", false)]
    [InlineData(null, false)]
    public void Once_set_up_only_a_leader_or_an_owner_may_change_it(string? who, bool allowed) =>
        Assert.Equal(allowed, SetupPermissions.MayChange(Existing, who, Roster));

    [Theory]
    [InlineData("aad-owner", true)]
    [InlineData("aad-staff", false)]
    [InlineData("aad-leader", false)]
    [InlineData("aad-not-in-team", false)]
    public void In_a_team_with_an_owner_only_an_owner_may_do_the_first_setup(string who, bool allowed) =>
        Assert.Equal(allowed, SetupPermissions.MayChange(null, who, Roster));

    [Theory]
    [InlineData("aad-staff", true)]
    [InlineData("aad-not-in-team", false)]
    public void Where_the_roster_names_no_owner_any_member_may_do_the_first_setup_but_nobody_from_outside(string who, bool allowed) =>
        Assert.Equal(allowed, SetupPermissions.MayChange(null, who, [.. Roster.Where(m => m.UserRole != "owner")]));
}
