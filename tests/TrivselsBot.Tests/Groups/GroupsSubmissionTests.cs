using System.Text.Json;
using System.Text.Json.Nodes;
using TrivselsBot.BotConnector;
using TrivselsBot.Groups;
using TrivselsBot.Localization;

namespace TrivselsBot.Tests.Groups;

public sealed class GroupsSubmissionTests
{
    private static readonly List<TeamsChannelAccount> Roster =
        [.. Enumerable.Range(1, 12).Select(i => new TeamsChannelAccount { Id = $"29:m{i}", AadObjectId = $"m{i}", Name = $"Medarbejder {i}" })];

    [Fact]
    public void Two_named_groups_of_at_least_k_members_are_read_and_empty_slots_are_skipped()
    {
        var (groups, problem) = Read(new JsonObject
        {
            ["group1_name"] = " Hus A ", ["group1_members"] = "m1,m2,m3,m4,m5",
            ["group3_name"] = "Nattevagt", ["group3_members"] = "m6,m7,m8,m9,m10,m10",
        });

        Assert.Null(problem);
        Assert.Equal(["Hus A", "Nattevagt"], groups!.Select(g => g.Name));
        Assert.Equal(5, groups![1].Members.Count);
    }

    [Fact]
    public void No_groups_at_all_removes_them()
    {
        var (groups, problem) = Read([]);

        Assert.Null(problem);
        Assert.Empty(groups!);
    }

    [Theory]
    [InlineData("", "m1,m2,m3,m4,m5", "mangler et navn")]
    [InlineData("Hus A", "", "ingen medlemmer")]
    [InlineData("Hus A", "m1,m2,m3,m4", "færre end 5")]
    [InlineData("Hus A", "m1,m2,m3,m4,stranger", "ikke med i teamet")]
    [InlineData("Et alt for langt navn på en gruppe som ingen kan læse", "m1,m2,m3,m4,m5", "højst være 40 tegn")]
    public void A_broken_group_is_refused_with_the_reason_and_nothing_is_read(string name, string members, string reason)
    {
        var (groups, problem) = Read(new JsonObject { ["group1_name"] = name, ["group1_members"] = members });

        Assert.Null(groups);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_in_two_groups_is_refused_by_name()
    {
        var (groups, problem) = Read(new JsonObject
        {
            ["group1_name"] = "Hus A", ["group1_members"] = "m1,m2,m3,m4,m5",
            ["group2_name"] = "Hus B", ["group2_members"] = "m5,m6,m7,m8,m9",
        });

        Assert.Null(groups);
        Assert.Contains("Medarbejder 5", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_groups_with_one_name_are_refused()
    {
        var (groups, problem) = Read(new JsonObject
        {
            ["group1_name"] = "Hus A", ["group1_members"] = "m1,m2,m3,m4,m5",
            ["group2_name"] = "hus a", ["group2_members"] = "m6,m7,m8,m9,m10",
        });

        Assert.Null(groups);
        Assert.Contains("samme navn", problem, StringComparison.Ordinal);
    }

    private static (IReadOnlyList<TeamGroup>? Groups, string? Problem) Read(JsonObject value) =>
        GroupsSubmission.Read(JsonDocument.Parse(value.ToJsonString()).RootElement, Roster, k: 5, Language.Danish);
}
