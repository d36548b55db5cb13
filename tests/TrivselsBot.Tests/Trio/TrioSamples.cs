using TrivselsBot.Setup;
using TrivselsBot.Tests.Summaries;
using TrivselsBot.Trio;

namespace TrivselsBot.Tests.Trio;

/// <summary>A TRIO, its items and an agenda with every part filled, for the unit and card tests.</summary>
internal static class TrioSamples
{
    public static DateOnly Today { get; } = DateOnly.FromDateTime(SampleHistory.Now.Date); // Wednesday 2 December 2026

    public static AnnualCycle Cycle { get; } = AnnualCycleLoader.Load(Path.Combine(AppContext.BaseDirectory, "Trio", "annual-cycle.json"));

    public static TrioSetup Setup { get; } = new()
    {
        Team = new TeamRef("tenant", "19:general@thread.tacv2"),
        Members =
        [
            new TrioMember("aad-1", "29:1", "Mette Jensen", [TrioRole.Leder]),
            new TrioMember("aad-2", "29:2", "Ahmed Hassan", [TrioRole.TR]),
            new TrioMember("aad-3", "29:3", "Birgitte Holm", [TrioRole.AMR]),
        ],
        FirstMeeting = new DateOnly(2026, 11, 24),
    };

    public static TrioItem Action(string text, DateOnly due, string id = "a-1") => new()
    {
        Id = id, Kind = TrioItemKind.Action, Text = text, Meeting = new DateOnly(2026, 11, 24), CreatedAt = SampleHistory.Now.AddDays(-8),
        OwnerAadObjectId = "aad-2", OwnerUserId = "29:2", OwnerName = "Ahmed Hassan", Due = due,
    };

    public static TrioItem Point(string text, string id = "p-1") => new()
    {
        Id = id, Kind = TrioItemKind.Point, Text = text, Meeting = new DateOnly(2026, 12, 8), CreatedAt = SampleHistory.Now.AddDays(-1),
    };

    public static TrioAgenda Agenda(IReadOnlyList<TrioItem>? items = null) => TrioAgenda.Build(
        new DateOnly(2026, 12, 8), Today, SampleHistory.Bank, SampleHistory.Weeks(), 5, SampleHistory.Now,
        items ?? [Action("Ny vagtplan for weekender", Today.AddDays(-2)), Action("Aftale om supervision", Today.AddDays(5), "a-2"), Point("Tonen ved overlap")],
        Cycle, new Dictionary<string, DateOnly> { ["apv"] = new(2024, 1, 10) });
}
