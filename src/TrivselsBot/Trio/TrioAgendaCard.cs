using System.Text.Json.Nodes;
using TrivselsBot.Cards;
using TrivselsBot.Localization;
using TrivselsBot.Summaries;

namespace TrivselsBot.Trio;

/// <summary>
/// The TRIO's agenda: the six parts of <see cref="TrioAgenda"/>, a button row on each open item, and the two forms
/// (decision, action). Every submit carries the team and the meeting; the forms also carry <c>op</c>, fresh for each
/// card, which becomes the new item's id: the same card clicked twice stores one item.
/// </summary>
public static class TrioAgendaCard
{
    public static AdaptiveCard Build(Language language, TrioAgenda agenda, string teamKey, string teamName, TimeOnly meetingTime,
        IReadOnlyList<Choice> owners, string op, DateOnly today)
    {
        var t = TrioTexts.For(language);
        var s = SummaryTexts.For(language);
        JsonObject Data(string action) => new() { ["action"] = action, ["team"] = teamKey, ["meeting"] = TrioCardData.Meeting(agenda.Meeting) };
        var pulse = agenda.Pulse;
        var body = new List<CardElement>
        {
            new TextBlock(t.AgendaTitle(teamName, agenda.Meeting.ToString("dddd d. MMMM", t.Culture), meetingTime)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock(t.OnlyTrioSees) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None },

            Heading(t.PulseHeading),
            new FactSet(
            [
                new(s.ResponseRateLabel, SummaryCard.ResponseRate(s, pulse.ResponseRate)),
                new(t.Attention, pulse.Attention.Count == 0 ? s.NotMeasured : string.Join("; ", pulse.Attention.Select(a => $"{a.Theme.Name(language)} ({s.Reason(a.Reason)})"))),
            ]),
            SummaryCard.BalanceChart(s, pulse.Balance, new FactSet(
            [
                new(s.Loads, SummaryCard.Score(s, pulse.Balance.Load)),
                new(s.Resources, SummaryCard.Score(s, pulse.Balance.Resources)),
            ]) { Spacing = Spacing.Small }),
            new TextBlock(t.BalanceQuestion) { Weight = TextWeight.Bolder },
            new TextBlock(t.BalanceFollowUp) { Size = TextSize.Small, Spacing = Spacing.None },
            new TextBlock(s.Anonymity(pulse.MinimumGroupSize)) { Size = TextSize.Small, IsSubtle = true },

            Heading(t.SignalsHeading),
        };
        body.Add(agenda.Signals.Count == 0
            ? new TextBlock(t.NoSignalTheme) { IsSubtle = true }
            : new FactSet([.. agenda.Signals.Select(g => new Fact(g.Question.Text(language), SummaryCard.Score(s, g.Score)))]));
        body.Add(new TextBlock(t.SignalsHowToRead) { Size = TextSize.Small, IsSubtle = true });

        body.Add(Heading(t.ActionsHeading));
        if (agenda.OpenActions.Count == 0) body.Add(new TextBlock(t.NoOpenActions) { IsSubtle = true });
        foreach (var action in agenda.OpenActions)
        {
            var overdue = action.IsOverdue(today);
            body.Add(new TextBlock(t.ActionLine(action.Text, action.OwnerName ?? "", action.Due, overdue))
                { Color = overdue ? TextColor.Attention : null, Separator = true });
            body.AddRange(ItemButtons(t, Data, action, t.Done));
        }

        body.Add(Heading(t.PointsHeading));
        if (agenda.Points.Count == 0) body.Add(new TextBlock(t.NoPoints) { IsSubtle = true });
        foreach (var point in agenda.Points)
        {
            body.Add(new TextBlock("• " + point.Text) { Separator = true });
            body.AddRange(ItemButtons(t, Data, point, t.Handled));
        }

        body.Add(Heading(t.StandingHeading));
        body.AddRange(t.StandingItems.Select(item => new TextBlock("• " + item) { Spacing = Spacing.Small }));
        body.Add(new TextBlock(t.ChangeQuestionsTitle) { Weight = TextWeight.Bolder, Size = TextSize.Small });
        body.AddRange(t.ChangeQuestions.Select(q => new TextBlock("– " + q) { Size = TextSize.Small, Spacing = Spacing.None }));

        body.Add(Heading(t.AnnualHeading(AnnualCycle.LookAheadDays)));
        if (agenda.AnnualCycle.Count == 0) body.Add(new TextBlock(t.NothingInAnnualCycle) { IsSubtle = true });
        body.AddRange(agenda.AnnualCycle.Select(due => new TextBlock(t.AnnualLine(due.Item.Name(language), due.State, due.Date))
        {
            Color = due.State is AnnualDueState.Overdue or AnnualDueState.DateUnknown ? TextColor.Warning : null,
            Spacing = Spacing.Small,
        }));

        body.Add(Heading(t.DecisionHeading));
        body.Add(new TextInput(TrioCardData.DecisionText) { Label = t.DecisionLabel, IsMultiline = true, MaxLength = TrioItem.MaxTextLength });
        body.Add(new ActionSet([new SubmitAction(t.SaveDecision, WithOp(Data(TrioCardData.RecordDecision), op))]));
        body.Add(Heading(t.NewActionHeading));
        body.Add(new TextInput(TrioCardData.ActionText) { Label = t.ActionTextLabel, IsMultiline = true, MaxLength = TrioItem.MaxTextLength });
        body.Add(new ChoiceSetInput(TrioCardData.ActionOwner, owners) { Label = t.OwnerLabel, Style = "filtered" }); // type-ahead: a team may be long
        body.Add(new DateInput(TrioCardData.ActionDue) { Label = t.DueLabel, Min = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        body.Add(new ActionSet([new SubmitAction(t.CreateAction, WithOp(Data(TrioCardData.CreateAction), op)) { Style = "positive" }]));
        return new AdaptiveCard(body) { Speak = t.AgendaTitle(teamName, agenda.Meeting.ToString("d. MMMM", t.Culture), meetingTime) };
    }

    private static TextBlock Heading(string text) =>
        new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Large };

    /// <summary>Done, "send til MED" until it has been sent (then a note says so), and "Ret", which brings the item's own edit card.</summary>
    private static IEnumerable<CardElement> ItemButtons(TrioTexts t, Func<string, JsonObject> data, TrioItem item, string doneTitle)
    {
        if (item.SentToMedInMeeting is not null) yield return new TextBlock(t.SentToMedNote) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None };
        yield return new ActionSet(
        [
            new SubmitAction(doneTitle, WithItem(data(TrioCardData.MarkDone), item.Id)),
            .. item.SentToMedInMeeting is null ? [new SubmitAction(t.SendToMed, WithItem(data(TrioCardData.SendToMed), item.Id))] : Array.Empty<CardAction>(),
            new SubmitAction(t.Edit, WithItem(data(TrioCardData.OpenEditor), item.Id)),
        ]) { Spacing = Spacing.Small };
    }

    private static JsonObject WithOp(JsonObject data, string op)
    {
        data["op"] = op;
        return data;
    }

    internal static JsonObject WithItem(JsonObject data, string id)
    {
        data[TrioCardData.ItemId] = id;
        return data;
    }
}

/// <summary>The names TRIO cards and their handlers share.</summary>
public static class TrioCardData
{
    public const string RecordDecision = "trio.decision";
    public const string CreateAction = "trio.action";
    public const string MarkDone = "trio.done";
    public const string SendToMed = "trio.med";
    public const string ShareMinutes = "trio.share";
    public const string OpenEditor = "trio.edit.open";
    public const string Edit = "trio.edit";
    public const string Withdraw = "trio.withdraw";
    public const string Reopen = "trio.reopen";

    /// <summary>The item a button acts on.</summary>
    public const string ItemId = "item";

    /// <summary>The <see cref="TrioItem.Version"/> the card showed.</summary>
    public const string Seen = "seen";

    public const string DecisionText = "decisionText";
    public const string ActionText = "actionText";
    public const string ActionOwner = "actionOwner";
    public const string ActionDue = "actionDue";

    /// <summary>The card's own id for the item it creates: letters and digits only, as the card was built with.</summary>
    public static string? Op(System.Text.Json.JsonElement value) =>
        CardInput.Text(value, "op") is { Length: > 0 and <= 64 } op && op.All(char.IsAsciiLetterOrDigit) ? op : null;

    /// <summary>The item a button names. Ids are made by the bot from letters, digits and '-'; anything else is a changed card and names no item.</summary>
    public static string? Item(System.Text.Json.JsonElement value) =>
        CardInput.Text(value, ItemId) is { Length: > 0 and <= 80 } id && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? id : null;

    public static string Meeting(DateOnly meeting) => meeting.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
