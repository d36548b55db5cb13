using Microsoft.Extensions.Options;
using TrivselsBot.Chat;
using TrivselsBot.Localization;
using TrivselsBot.Privacy;

namespace TrivselsBot.Setup;

/// <summary>"opsæt" / "setup" in a team channel or group chat: shows the setup card to who may change it.</summary>
public sealed class SetupCommand(SetupGate gate, IOptions<PrivacyOptions> privacy) : IBotCommand
{
    public string Word(Language language) => SetupTexts.For(language).SetupWord;

    public string Description(Language language) => SetupTexts.For(language).SetupDescription;

    public async Task ExecuteAsync(Turn turn, string arguments, CancellationToken ct)
    {
        if (await gate.EnterAsync(turn, ct) is not { } context) return;
        var current = context.Existing ?? Defaults(turn, context.Team, privacy.Value.MinimumGroupSize);
        await turn.ReplyAsync(SetupCard.Build(turn.Language, context.Members, current), ct);
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
