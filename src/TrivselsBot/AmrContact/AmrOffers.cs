using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;
using TrivselsBot.Dialogue;
using TrivselsBot.Localization;
using TrivselsBot.Setup;
using TrivselsBot.Trio;

namespace TrivselsBot.AmrContact;

/// <summary>
/// After a signal answer, the consent card follows after a random delay of minutes. The pending offer lives in memory
/// only: a stored "send this person a card at 10:07" would tell whoever reads storage that this person just gave a
/// violence or threat answer. A restart within the delay loses the offer (the person can still go to the AMR directly).
/// </summary>
public sealed class AmrOffers(TrioStore trios, AmrSeal seal, ConnectorClient connector, IOptions<AmrContactOptions> options, TimeProvider time,
    IHostApplicationLifetime lifetime, ILogger<AmrOffers> log)
{
    public void Offer(TeamRef team, string pseudonym, ReplyAddress chat, Language language)
    {
        var o = options.Value;
        var span = Math.Max(0, (o.MaximumDelay - o.MinimumDelay).Ticks);
        var delay = o.MinimumDelay + TimeSpan.FromTicks(span == 0 ? 0 : RandomNumberGenerator.GetInt32((int)Math.Min(int.MaxValue, span / TimeSpan.TicksPerMillisecond) + 1) * TimeSpan.TicksPerMillisecond);
        _ = SendLaterAsync(team, pseudonym, chat, language, delay, lifetime.ApplicationStopping);
    }

    private async Task SendLaterAsync(TeamRef team, string pseudonym, ReplyAddress chat, Language language, TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, time, ct);
            var amrs = await AmrsAsync(team, ct);
            var card = amrs.Count > 0
                ? AmrCards.Consent(language, [.. amrs.Select(a => a.Name)], seal.Seal(team.Key, pseudonym))
                : AmrCards.NoAmr(language, options.Value.FallbackText, options.Value.FallbackUrl);
            var activity = Activity.CreateMessage();
            activity.Locale = language == Language.English ? "en-US" : "da-DK";
            activity.Attachments = [Attachment.AdaptiveCard(card.ToJson())];
            var sent = await connector.SendToConversationAsync(chat.ServiceUrl, chat.ConversationId, activity, ct);
            if (!sent.Succeeded) log.LogWarning("An AMR contact offer could not be sent: {Status}", sent.StatusCode);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "An AMR contact offer failed");
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the offer is lost, as documented.
        }
    }

    public async Task<IReadOnlyList<TrioMember>> AmrsAsync(TeamRef team, CancellationToken ct) =>
        (await trios.GetSetupAsync(team, ct))?.Members.Where(m => m.Roles.Contains(TrioRole.AMR)).ToList() ?? [];
}
