using TrivselsBot.Chat;
using TrivselsBot.Localization;
using TrivselsBot.Privacy;
using TrivselsBot.Teams;
using Microsoft.Extensions.Options;

namespace TrivselsBot.Setup;

/// <summary>"opsæt" / "setup" in a team channel or group chat: shows the setup card to a leader or team owner.</summary>
public sealed class SetupCommand(TeamSetupStore setups, TeamRoster roster, IOptions<PrivacyOptions> privacy) : IBotCommand
{
    public string Word(Language language) => SetupTexts.For(language).SetupWord;

    public string Description(Language language) => SetupTexts.For(language).SetupDescription;

    public async Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct)
    {
        var t = SetupTexts.For(turn.Language);
        if (TeamContext.From(turn.Activity) is not { } team)
        {
            await turn.ReplyAsync(t.OnlyInTeams, ct);
            return;
        }
        var members = await roster.GetMembersAsync(turn.Activity.ServiceUrl!, team.ConversationId, ct);
        if (members is null)
        {
            await turn.ReplyAsync(t.RosterUnavailable, ct);
            return;
        }
        var existing = await setups.GetAsync(team, ct);
        if (!SetupPermissions.MayChange(existing, turn.Activity.From?.AadObjectId, members))
        {
            await turn.ReplyAsync(t.NotAllowed, ct);
            return;
        }
        var current = existing ?? Defaults(turn, team, privacy.Value.MinimumGroupSize);
        await turn.ReplyAsync(SetupCard.Build(turn.Language, members, current), ct);
    }

    internal static TeamSetup Defaults(Turn turn, TeamRef team, int minimumGroupSize) => new()
    {
        Team = team,
        ServiceUrl = turn.Activity.ServiceUrl!,
        BotId = turn.Activity.Recipient!.Id!,
        Leaders = [],
        Language = turn.Language,
        MinimumGroupSize = minimumGroupSize,
    };
}
