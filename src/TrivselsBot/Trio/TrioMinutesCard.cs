using System.Text;
using System.Text.Json.Nodes;
using TrivselsBot.Cards;
using TrivselsBot.Localization;

namespace TrivselsBot.Trio;

/// <summary>
/// The minutes for the TRIO (with owners; an action still open with "Ret", a finished item with "Genåbn" in case it
/// was marked by mistake), and the short message for staff that names nobody.
/// </summary>
public static class TrioMinutesCard
{
    public static AdaptiveCard Build(Language language, TrioMinutes minutes, string teamKey, string teamName)
    {
        var t = TrioTexts.For(language);
        var body = new List<CardElement>
        {
            new TextBlock(t.MinutesTitle(teamName, minutes.Meeting.ToString("dddd d. MMMM", t.Culture))) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(t.OnlyTrioSees) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },
        };
        JsonObject Data(string action) => new() { ["action"] = action, ["team"] = teamKey, ["meeting"] = TrioCardData.Meeting(minutes.Meeting) };
        void Section(string title, IReadOnlyList<TrioItem> items, Func<TrioItem, string> line, Func<TrioItem, CardAction?>? button = null)
        {
            body.Add(new TextBlock(title) { Weight = TextWeight.Bolder, Separator = true });
            if (items.Count == 0) body.Add(new TextBlock(t.None) { IsSubtle = true, Spacing = Spacing.None });
            foreach (var item in items)
            {
                body.Add(new TextBlock("• " + line(item)) { Spacing = Spacing.Small });
                if (button?.Invoke(item) is { } action) body.Add(new ActionSet([action]) { Spacing = Spacing.None });
            }
        }
        Section(t.DecisionsTitle, minutes.Decisions, i => i.Text);
        Section(t.ActionsTitle, minutes.Actions, i => t.ActionLine(i.Text, i.OwnerName ?? "", i.Due, false),
            i => i.IsOpen ? new SubmitAction(t.Edit, TrioAgendaCard.WithItem(Data(TrioCardData.OpenEditor), i.Id)) : null);
        Section(t.DoneTitle, minutes.Done, i => i.Text, i =>
        {
            var reopen = TrioAgendaCard.WithItem(Data(TrioCardData.Reopen), i.Id);
            reopen[TrioCardData.Seen] = i.Version;
            return new SubmitAction(t.Reopen, reopen);
        });
        Section(t.MedTitle, minutes.ToMed, i => i.Text);
        var share = Data(TrioCardData.ShareMinutes);
        return new AdaptiveCard(body, minutes.IsEmpty ? null : [new SubmitAction(t.ShareWithStaff, share)]);
    }

    /// <summary>Plain words for the whole team: what will happen, with no owner and nobody's name.</summary>
    public static string StaffMessage(Language language, TrioMinutes minutes)
    {
        var t = TrioTexts.For(language);
        var text = new StringBuilder(t.StaffIntro(minutes.Meeting.ToString("d. MMMM", t.Culture)));
        void Lines(string title, IEnumerable<string> lines)
        {
            var list = lines.ToList();
            if (list.Count == 0) return;
            text.Append("\n\n**").Append(title).Append("**");
            foreach (var line in list) text.Append("\n- ").Append(line);
        }
        Lines(t.StaffDecided, minutes.Decisions.Select(i => i.Text));
        Lines(t.StaffWillDo, minutes.Actions.Select(i => t.StaffAction(i.Text, i.Due)));
        Lines(t.StaffDone, minutes.Done.Select(i => i.Text));
        Lines(t.StaffToMed, minutes.ToMed.Select(i => i.Text));
        text.Append("\n\n").Append(t.StaffOutro);
        return text.ToString();
    }
}
