using TrivselsBot.Groups;
using TrivselsBot.Trio;

namespace TrivselsBot.Demo;

public sealed record DemoPerson(string UserId, string AadObjectId, string Name);

/// <summary>One demo team: who is in it (the Playground's people plus synthetic colleagues), who leads it, its groups.</summary>
public sealed record DemoTeam(string ConversationId, string Name, IReadOnlyList<DemoPerson> Members, IReadOnlyList<DemoPerson> Leaders)
{
    public IReadOnlyList<TeamGroup> Groups { get; init; } = [];

    /// <summary>The members the Agents Playground does not know: they exist only in the demo's data.</summary>
    public IReadOnlyList<DemoPerson> Synthetic => [.. Members.Where(m => !DemoWorkplace.PlaygroundPeople.Contains(m))];
}

/// <summary>
/// The demo organisation of the local try. Its tenant, chats and people are those of <c>agents-playground.yml</c> (the
/// Playground's mock data, beside this file; a test holds the two together), so the Playground's user is the leader of
/// the first team and in its TRIO, and the rosters the Playground serves are the demo teams' (plus synthetic colleagues).
/// </summary>
public static class DemoWorkplace
{
    public const string TenantId = "5e1f0c2a-7b3d-4e8f-9a6c-1d2e3f4a5b6c";
    public const string BotId = "28:7c1a9e3b-2d4f-4a6e-8b0c-9f1e2d3c4b5a";
    public const string TeamChannelId = "19:demo-solsikken@thread.tacv2";
    public const string SecondChannelId = "19:demo-kastanjen@thread.tacv2";
    public const string GroupChatId = "19:demo-natholdet@thread.v2";

    public static readonly DemoPerson Mette = new("29:demo-mette", "3b0f6c1e-0d1a-4c5e-9f21-000000000001", "Mette Holm");
    public static readonly DemoPerson Jonas = new("29:demo-jonas", "3b0f6c1e-0d1a-4c5e-9f21-000000000002", "Jonas Berg");
    public static readonly DemoPerson Sara = new("29:demo-sara", "3b0f6c1e-0d1a-4c5e-9f21-000000000003", "Sara Nielsen");
    public static readonly DemoPerson Ahmed = new("29:demo-ahmed", "3b0f6c1e-0d1a-4c5e-9f21-000000000004", "Ahmed Hassan");
    public static readonly DemoPerson Birgitte = new("29:demo-birgitte", "3b0f6c1e-0d1a-4c5e-9f21-000000000005", "Birgitte Lund");
    public static readonly DemoPerson Lars = new("29:demo-lars", "3b0f6c1e-0d1a-4c5e-9f21-000000000006", "Lars Møller");

    /// <summary>The Playground's current user first, then its five other users.</summary>
    public static readonly IReadOnlyList<DemoPerson> PlaygroundPeople = [Mette, Jonas, Sara, Ahmed, Birgitte, Lars];

    private static DemoPerson Synthetic(int n, string name) =>
        new($"29:demo-synthetic-{n}", $"3b0f6c1e-0d1a-4c5e-9f21-0000000001{n:D2}", name);

    public static readonly DemoPerson Karin = Synthetic(1, "Karin Dahl");
    private static readonly IReadOnlyList<DemoPerson> SolsikkenColleagues =
        [Karin, Synthetic(2, "Peter Friis"), Synthetic(3, "Hanne Skov"), Synthetic(4, "Mads Kjær"), Synthetic(5, "Louise Bach"),
         Synthetic(6, "Omar Ali"), Synthetic(7, "Tina Holt"), Synthetic(8, "Rasmus Vang")];
    private static readonly DemoPerson Niels = Synthetic(11, "Niels Brandt");
    private static readonly DemoPerson Ida = Synthetic(21, "Ida Krogh");

    /// <summary>The bosted: 14 members in two houses, led by the Playground's user; its TRIO is Mette, Jonas (TR) and Sara (AMR).</summary>
    public static readonly DemoTeam Solsikken = new(TeamChannelId, "Bostedet Solsikken", [.. PlaygroundPeople, .. SolsikkenColleagues], [Mette, Karin])
    {
        Groups =
        [
            new TeamGroup("Hus Nord", [Mette.AadObjectId, Jonas.AadObjectId, Ahmed.AadObjectId, Karin.AadObjectId, .. SolsikkenColleagues.Skip(1).Take(3).Select(p => p.AadObjectId)]),
            new TeamGroup("Hus Syd", [Sara.AadObjectId, Birgitte.AadObjectId, Lars.AadObjectId, .. SolsikkenColleagues.Skip(4).Select(p => p.AadObjectId)]),
        ],
    };

    public static readonly DemoTeam Natholdet = new(GroupChatId, "Natholdet", [.. PlaygroundPeople, Niels, Synthetic(12, "Eva Lind"), Synthetic(13, "Kim Sørensen")], [Lars, Niels]);

    /// <summary>Small, and few answer: the organisation roll-up shows it as "for få svar".</summary>
    public static readonly DemoTeam Kastanjen = new(SecondChannelId, "Aflastningen Kastanjen", [.. PlaygroundPeople, Ida], [Birgitte, Ida]);

    public static readonly IReadOnlyList<DemoTeam> Teams = [Solsikken, Natholdet, Kastanjen];

    public static readonly IReadOnlyList<TrioMember> SolsikkenTrio =
    [
        new(Mette.AadObjectId, Mette.UserId, Mette.Name, [TrioRole.Leder]),
        new(Jonas.AadObjectId, Jonas.UserId, Jonas.Name, [TrioRole.TR]),
        new(Sara.AadObjectId, Sara.UserId, Sara.Name, [TrioRole.AMR]),
    ];

    /// <summary>The demo team that holds <paramref name="conversationId"/>, if any.</summary>
    public static DemoTeam? Holding(string conversationId) => Teams.FirstOrDefault(t => t.ConversationId == conversationId);
}
