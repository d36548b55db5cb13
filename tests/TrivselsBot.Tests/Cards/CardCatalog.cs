using System.Text;
using TrivselsBot.Cards;
using TrivselsBot.Chat;
using TrivselsBot.CheckIns;
using TrivselsBot.CheckIns.Cards;
using TrivselsBot.CheckIns.Questions;
using TrivselsBot.Localization;
using TrivselsBot.Summaries;
using TrivselsBot.Teams;
using TrivselsBot.Tests.Summaries;

namespace TrivselsBot.Tests.Cards;

/// <summary>
/// Every card the bot can send, in every language, with realistic content. A test checks that each public card
/// builder in the product appears here, so a new card cannot skip the renderer check.
/// </summary>
public static class CardCatalog
{
    public static IEnumerable<(string Builder, string Name, AdaptiveCard Card)> All()
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            var suffix = language == Language.English ? "en" : "da";
            yield return ("WelcomeCard.Build", $"welcome-{suffix}", WelcomeCard.Build(language, 5));
            yield return ("HelpCard.Build", $"help-{suffix}", HelpCard.Build(language, SampleCommands(), inGroupConversation: false));
            yield return ("HelpCard.Build", $"help-channel-{suffix}", HelpCard.Build(language, SampleCommands(), inGroupConversation: true));
            foreach (var pulseCard in PulseCards(language, suffix)) yield return pulseCard;
            foreach (var setupCard in SetupCards(language, suffix)) yield return setupCard;
            yield return ("AuditCommand.Card", $"audit-{suffix}", TrivselsBot.Summaries.AuditCommand.Card(language,
                [
                    new TrivselsBot.Summaries.AuditEntry("7f3c0a2e-aad", "TrioMinutes", "19:team@thread.tacv2", "Shown", new DateTimeOffset(2026, 11, 23, 9, 5, 0, TimeSpan.Zero))
                    {
                        WhoName = "Mette Leder", TeamName = "Bostedet Engly",
                    },
                    new TrivselsBot.Summaries.AuditEntry("TrivselsBot", "TrioAgendaSent", "19:team@thread.tacv2", "SentToTrioMembers", new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero))
                    {
                        TeamName = "Bostedet Engly", Count = 3,
                    },
                    new TrivselsBot.Summaries.AuditEntry("9a2b7c1d-aad", "OrganisationSummary", "-", "ShownAsRoles", new DateTimeOffset(2026, 11, 22, 14, 30, 0, TimeSpan.Zero))
                    {
                        WhoName = "Hanne HR", Count = 11, Of = 12, Roles = "HR",
                    },
                    // Written before the codes: free English text, shown as stored.
                    new TrivselsBot.Summaries.AuditEntry("5b1d9e4f-aad", "summary", "-", "refused: not a leader of a team they are in", new DateTimeOffset(2026, 11, 20, 9, 1, 0, TimeSpan.Zero)),
                ]));
            yield return ("AuditCommand.Card", $"audit-empty-{suffix}", TrivselsBot.Summaries.AuditCommand.Card(language, []));
            yield return ("CommentsCard.Build", $"comments-{suffix}", TrivselsBot.Summaries.CommentsCard.Build(language, new PulsePeriod(2026, 48),
                [new("c1", "Travl uge med to nye borgere, men vi hjalp hinanden godt."), new("c2", "Savner at vi taler om vagtplanen på personalemødet."), new("c3", "Tak for supervisionen i torsdags.")],
                new HashSet<string> { "c2" }, "19:team@thread.tacv2"));
            foreach (var dialogueCard in DialogueCards(language, suffix)) yield return dialogueCard;
            yield return ("AmrCards.Consent", $"amr-consent-{suffix}", TrivselsBot.AmrContact.AmrCards.Consent(language, ["Lone Hansen", "Karim Ali"],
                new TrivselsBot.AmrContact.SealedOffer("tenant|team", "0a1b2c3d4e5f60718293a4b5", 1_795_000_000, new string('a', 64))));
            yield return ("AmrCards.NoAmr", $"amr-none-{suffix}", TrivselsBot.AmrContact.AmrCards.NoAmr(language, new TrivselsBot.AmrContact.AmrContactOptions().FallbackText, "https://intranet.example/vold"));
            yield return ("AmrCards.ToAmr", $"amr-to-amr-{suffix}", TrivselsBot.AmrContact.AmrCards.ToAmr(language, "Mette Jensen", "Bostedet Lyngly"));
            yield return ("AmrCards.Receipt", $"amr-receipt-{suffix}", TrivselsBot.AmrContact.AmrCards.Receipt("Tak. Lone Hansen har fået besked og kontakter dig."));
            foreach (var summaryCard in SummaryCards(language, suffix)) yield return summaryCard;
            foreach (var groupsCard in GroupsCards(language, suffix)) yield return groupsCard;
            foreach (var trioCard in TrioCards(language, suffix)) yield return trioCard;
            foreach (var administrationCard in AdministrationCards(language, suffix)) yield return administrationCard;
            foreach (var organisationCard in OrganisationCards(language, suffix)) yield return organisationCard;
        }
    }

    private static IEnumerable<(string, string, AdaptiveCard)> DialogueCards(Language language, string suffix)
    {
        var week = new PulsePeriod(2026, 48);
        const string comment = "Savner at vi taler om vagtplanen på personalemødet.";
        yield return ("DialogueCards.ToWriter", $"dialogue-to-writer-{suffix}", TrivselsBot.Dialogue.DialogueCards.ToWriter(language, week, comment,
            TrivselsBot.Dialogue.DialogueTexts.For(language).YourLeader, "Tak for at sige det. Vi tager vagtplanen op på mødet i næste uge – hvad fylder mest?", "tenant|team|2026-W48", "c2"));
        yield return ("DialogueCards.ToLeader", $"dialogue-to-leader-{suffix}", TrivselsBot.Dialogue.DialogueCards.ToLeader(language, week, comment,
            "Mest weekendvagterne, der bliver byttet i sidste øjeblik.", "19:team@thread.tacv2", "c2"));
        yield return ("DialogueCards.Ended", $"dialogue-ended-{suffix}", TrivselsBot.Dialogue.DialogueCards.Ended(language, week, comment, blocked: false));
        yield return ("DialogueCards.Ended", $"dialogue-blocked-{suffix}", TrivselsBot.Dialogue.DialogueCards.Ended(language, week, comment, blocked: true));
        yield return ("DialogueCards.Receipt", $"dialogue-receipt-{suffix}", TrivselsBot.Dialogue.DialogueCards.Receipt(TrivselsBot.Dialogue.DialogueTexts.For(language).WriterClosedReceipt));
    }

    private static IEnumerable<(string, string, AdaptiveCard)> AdministrationCards(Language language, string suffix)
    {
        var texts = TrivselsBot.Administration.ErasureTexts.For(language);
        yield return ("ErasureCard.Confirm", $"erasure-confirm-{suffix}",
            TrivselsBot.Administration.ErasureCard.Confirm(language, new TrivselsBot.Administration.SealedErasure(1_795_000_000, new string('a', 64))));
        var health = new Dictionary<string, Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus>
        {
            ["storage"] = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy,
            ["scheduler"] = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy,
        };
        var monday = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        yield return ("AdminStatusCard.Build", $"admin-status-{suffix}", TrivselsBot.Administration.AdminStatusCard.Build(language, new TrivselsBot.Administration.AdminStatusReport("1.0.0+3d89810", health,
        [
            new("Bostedet Lyngly", monday, new PulsePeriod(2026, 47), Figure.Shown(62.5), new TrivselsBot.CheckIns.Delivery.FanOutProgress(11, 1, 1, 0, 1)),
            new("Bostedet Engly", monday, new PulsePeriod(2026, 47), Figure.Suppressed, null),
            new("Team Nord", null, new PulsePeriod(2026, 47), Figure.NotMeasured, null),
        ], MoreTeams: 2)));
        yield return ("AdminStatusCard.Build", $"admin-status-empty-{suffix}", TrivselsBot.Administration.AdminStatusCard.Build(language,
            new TrivselsBot.Administration.AdminStatusReport("1.0.0", health, [], MoreTeams: 0)));
        yield return ("ErasureCard.Outcome", $"erasure-done-{suffix}", TrivselsBot.Administration.ErasureCard.Outcome(texts.Done("erased-team-3f2a9c1b0d4e")));
    }

    private static IEnumerable<(string, string, AdaptiveCard)> OrganisationCards(Language language, string suffix)
    {
        TrivselsBot.Organisation.TeamHistory Team(string name, int respondents) => new(name, 5, SampleHistory.Weeks(respondents));
        var summary = TrivselsBot.Organisation.OrganisationSummary.Build(SampleHistory.Bank,
            [Team("Bostedet Engly", 6), Team("Team Nord", 9), Team("Aflastningen", 4)],
            TrivselsBot.Tests.LeaderPulse.LeaderPulseSamples.Figures(TrivselsBot.Tests.LeaderPulse.LeaderPulseSamples.Week(SampleHistory.LastWeek, leaders: 7, score: 3)),
            [new TrivselsBot.Organisation.MedItem("Team Nord", "Vagtplanen skal kendes fire uger frem – forslag til Lokal-MED.", new DateOnly(2026, 11, 19))],
            SampleHistory.Now);
        yield return ("OrganisationSummaryCard.Overview", $"organisation-{suffix}", TrivselsBot.Organisation.OrganisationSummaryCard.Overview(language, summary));
        yield return ("OrganisationSummaryCard.Overview", $"organisation-no-med-few-leaders-{suffix}", TrivselsBot.Organisation.OrganisationSummaryCard.Overview(language,
            summary with { MedItems = [], Leaders = TrivselsBot.Tests.LeaderPulse.LeaderPulseSamples.Figures(TrivselsBot.Tests.LeaderPulse.LeaderPulseSamples.Week(SampleHistory.LastWeek, leaders: 4, score: 3)) }));
        yield return ("LeaderPulseCard.Build", $"leader-pulse-{suffix}", TrivselsBot.LeaderPulse.LeaderPulseCard.Build(language, TrivselsBot.Tests.LeaderPulse.LeaderPulseSamples.Shipped,
            new PulseTicketSigner(Encoding.UTF8.GetBytes("card catalog signing secret, 32+ bytes")).Sign(new PulseTicket("tenant|leader-group", SampleHistory.LastWeek, ["leader-recovery"], new string('7', 64))),
            SampleHistory.LastWeek, 5));
        yield return ("OrganisationSummaryCard.Teams", $"organisation-teams-{suffix}", TrivselsBot.Organisation.OrganisationSummaryCard.Teams(language, summary)[0]);
    }

    private static IEnumerable<(string, string, AdaptiveCard)> SummaryCards(Language language, string suffix)
    {
        var oneWeekTooFewOneWithoutPulse = SampleHistory.Weeks()
            .With(SampleHistory.Week(SampleHistory.WeeksBeforeLast(3), respondents: 4))
            .Without(SampleHistory.WeeksBeforeLast(7));
        var lastWeekTooFew = oneWeekTooFewOneWithoutPulse.With(SampleHistory.Week(SampleHistory.LastWeek, respondents: 4));
        yield return ("SummaryCard.Build", $"summary-{suffix}", SummaryCard.Build(language, oneWeekTooFewOneWithoutPulse.Summarise(), "Bostedet Engly"));
        yield return ("SummaryCard.Build", $"summary-last-week-too-few-{suffix}", SummaryCard.Build(language, lastWeekTooFew.Summarise(), "Bostedet Engly"));
        yield return ("SummaryCard.Build", $"summary-with-csv-button-{suffix}", SummaryCard.Build(language, oneWeekTooFewOneWithoutPulse.Summarise(), "Bostedet Engly", "19:team@thread.tacv2"));
        yield return ("SummaryTeamChoiceCard.Build", $"summary-team-choice-{suffix}", SummaryTeamChoiceCard.Build(language,
            [new Choice("Bostedet Engly", "19:engly@thread.tacv2"), new Choice("Team Nord", "19:nord@thread.tacv2")]));
        yield return ("SummaryTeamChoiceCard.Build", $"summary-team-choice-many-{suffix}", SummaryTeamChoiceCard.Build(language,
            [.. Enumerable.Range(1, 8).Select(i => new Choice($"Bofællesskab {i}", $"19:bo-{i}@thread.tacv2"))]));
        yield return ("SummaryCard.Build", $"summary-new-team-{suffix}", SummaryCard.Build(language, new List<PeriodAggregate>().Summarise(), "Team Nord"));
    }

    private static IEnumerable<(string, string, AdaptiveCard)> GroupsCards(Language language, string suffix)
    {
        var roster = Enumerable.Range(1, 7).Select(i => new TrivselsBot.BotConnector.TeamsChannelAccount { Id = $"29:m{i}", Name = $"Medarbejder {i}", AadObjectId = $"aad-{i}" }).ToList();
        yield return ("GroupsCard.Build", $"groups-{suffix}", TrivselsBot.Groups.GroupsCard.Build(language, roster,
            [new TrivselsBot.Groups.TeamGroup("Hus A", ["aad-1", "aad-2", "aad-3", "aad-4", "aad-5"])], 5));
        yield return ("GroupsCard.Summary", $"groups-summary-{suffix}", TrivselsBot.Groups.GroupsCard.Summary(language, new PulsePeriod(2026, 48),
        [
            new TrivselsBot.Groups.GroupFigure("Hus A", Figure.Shown(7), Figure.Shown(71.4)),
            new TrivselsBot.Groups.GroupFigure("Nattevagt", Figure.Suppressed, Figure.Suppressed),
        ]));
    }

    private static IEnumerable<(string, string, AdaptiveCard)> TrioCards(Language language, string suffix)
    {
        var setup = Trio.TrioSamples.Setup;
        var roster = setup.Members.Select(m => new TrivselsBot.BotConnector.TeamsChannelAccount { Id = m.UserId, Name = m.Name, AadObjectId = m.AadObjectId }).ToList();
        var team = new TrivselsBot.Setup.TeamSetup { Team = setup.Team, ServiceUrl = "https://smba.trafficmanager.net/emea/", BotId = "28:bot", Leaders = [], Name = "Bostedet Engly" };
        var owners = roster.Select(m => new Choice(m.Name!, m.AadObjectId!)).ToList();
        yield return ("TrioSetupCard.Build", $"trio-setup-{suffix}", TrivselsBot.Trio.TrioSetupCard.Build(language, roster, [team], true, setup, Trio.TrioSamples.Cycle));
        yield return ("TrioSetupCard.Build", $"trio-setup-chat-{suffix}", TrivselsBot.Trio.TrioSetupCard.Build(language, roster, [team, team with { Name = "Team Nord" }], false, null, Trio.TrioSamples.Cycle));
        yield return ("TrioSetupCard.Saved", $"trio-setup-saved-{suffix}", TrivselsBot.Trio.TrioSetupCard.Saved(language, setup, "Bostedet Engly", new DateOnly(2026, 12, 8)));
        yield return ("TrioAgendaCard.Build", $"trio-agenda-{suffix}", TrivselsBot.Trio.TrioAgendaCard.Build(language, Trio.TrioSamples.Agenda(), setup.Team.Key, "Bostedet Engly",
            new TimeOnly(10, 0), owners, "0123456789abcdef0123456789abcdef", Trio.TrioSamples.Today));
        yield return ("TrioAgendaCard.Build", $"trio-agenda-empty-{suffix}", TrivselsBot.Trio.TrioAgendaCard.Build(language, Trio.TrioSamples.Agenda([]), setup.Team.Key, "Team Nord",
            new TimeOnly(9, 30), owners, "fedcba9876543210fedcba9876543210", Trio.TrioSamples.Today));
        var items = new[] { Trio.TrioSamples.Action("Ny vagtplan for weekender", new DateOnly(2026, 12, 15)) with { Meeting = new DateOnly(2026, 12, 8) },
            Trio.TrioSamples.Point("Tonen ved overlap") with { DoneInMeeting = new DateOnly(2026, 12, 8), SentToMedInMeeting = new DateOnly(2026, 12, 8) } };
        yield return ("TrioMinutesCard.Build", $"trio-minutes-{suffix}", TrivselsBot.Trio.TrioMinutesCard.Build(language, TrivselsBot.Trio.TrioMinutes.Of(new DateOnly(2026, 12, 8), items), setup.Team.Key, "Bostedet Engly"));
        yield return ("TrioPointCard.Build", $"trio-point-{suffix}", TrivselsBot.Trio.TrioPointCard.Build(language,
            [new Choice("Bostedet Engly", setup.Team.Key), new Choice("Team Nord", "tenant|19%3Anord")], "Tonen ved overlap", "0123456789abcdef0123456789abcdef"));
        yield return ("TrioItemEditCard.Build", $"trio-edit-action-{suffix}", TrivselsBot.Trio.TrioItemEditCard.Build(language,
            Trio.TrioSamples.Action("Ny vagtplan for weekender", Trio.TrioSamples.Today.AddDays(-2)) with { OwnerAadObjectId = "aad-left", OwnerName = "Jonas Berg" },
            setup.Team.Key, new DateOnly(2026, 12, 8), owners, Trio.TrioSamples.Today));
        yield return ("TrioItemEditCard.Build", $"trio-edit-point-{suffix}", TrivselsBot.Trio.TrioItemEditCard.Build(language, Trio.TrioSamples.Point("Tonen ved overlap"),
            setup.Team.Key, new DateOnly(2026, 12, 8), owners, Trio.TrioSamples.Today));
        yield return ("TrioMinutesCard.Build", $"trio-minutes-empty-{suffix}", TrivselsBot.Trio.TrioMinutesCard.Build(language, TrivselsBot.Trio.TrioMinutes.Of(new DateOnly(2026, 12, 8), []), setup.Team.Key, "Team Nord"));
    }

    private static IEnumerable<IBotCommand> SampleCommands() => [new HelpCommand(null!)];

    private static IEnumerable<(string, string, AdaptiveCard)> SetupCards(Language language, string suffix)
    {
        var roster = new[] { ("Mette Jensen", "aad-1"), ("Ahmed Hassan", "aad-2"), ("Birgitte Holm", "aad-3") }
            .Select(m => new TrivselsBot.BotConnector.TeamsChannelAccount { Id = "29:" + m.Item2, Name = m.Item1, AadObjectId = m.Item2 }).ToList();
        var setup = new TrivselsBot.Setup.TeamSetup
        {
            Team = new TrivselsBot.Setup.TeamRef("tenant", "19:general@thread.tacv2"),
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            BotId = "28:bot",
            Leaders = [new TrivselsBot.Setup.TeamLeader("aad-1", "Mette Jensen")],
        };
        var monday = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
        yield return ("SetupCard.Build", $"setup-{suffix}", TrivselsBot.Setup.SetupCard.Build(language, roster, setup));
        yield return ("SetupCard.Saved", $"setup-saved-{suffix}", TrivselsBot.Setup.SetupCard.Saved(language, setup, monday));
        yield return ("SetupCard.Summary", $"status-{suffix}", TrivselsBot.Setup.SetupCard.Summary(language, TrivselsBot.Setup.SetupTexts.For(language).StatusTitle, setup, null,
            [new Fact(TrivselsBot.Setup.StatusTexts.For(language).ThisWeek(new PulsePeriod(2026, 48)), TrivselsBot.Setup.StatusTexts.For(language).Progress(new TrivselsBot.CheckIns.Delivery.FanOutProgress(11, 1, 1, 0, 1)))]));
    }

    private static IEnumerable<(string, string, AdaptiveCard)> PulseCards(Language language, string suffix)
    {
        var week = new PulsePeriod(2026, 48);
        var bank = QuestionBankLoader.Load(Path.Combine(AppContext.BaseDirectory, "CheckIns", "Questions", "question-bank.json"));
        var signer = new PulseTicketSigner(Encoding.UTF8.GetBytes("card catalog signing secret, 32+ bytes"));
        foreach (var (count, isReminder, name) in new[] { (4, false, "pulse"), (5, true, "pulse-reminder"), (3, false, "pulse-3-questions") })
        {
            var questions = QuestionRotation.Choose(bank, week, count);
            var ticket = signer.Sign(new PulseTicket("tenant|19%3Ateam%40thread.tacv2", week, [.. questions.Select(q => q.Id)], new string('7', 64)));
            yield return ("PulseCard.Build", $"{name}-{suffix}", PulseCard.Build(language, questions, ticket, week, isReminder, "Bostedet Solsikken"));
        }
        yield return ("PulseReceiptCard.Thanks", $"pulse-thanks-{suffix}", PulseReceiptCard.Thanks(language, 7, 12, 5));
        yield return ("PulseReceiptCard.Thanks", $"pulse-thanks-rate-hidden-{suffix}", PulseReceiptCard.Thanks(language, 2, 12, 5));
        yield return ("PulseReceiptCard.AlreadyReceived", $"pulse-already-received-{suffix}", PulseReceiptCard.AlreadyReceived(language, week));
        yield return ("PulseReceiptCard.PeriodClosed", $"pulse-period-closed-{suffix}", PulseReceiptCard.PeriodClosed(language, week));
        foreach (var error in Enum.GetValues<SubmissionErrorKind>())
        {
            yield return ("PulseReceiptCard.Problem", $"pulse-problem-{error.ToString().ToLowerInvariant()}-{suffix}", PulseReceiptCard.Problem(language, error));
        }
    }
}
