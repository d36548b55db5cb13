using System.Text.Json;
using TrivselsBot.BotConnector;
using TrivselsBot.Cards;
using TrivselsBot.Chat;
using TrivselsBot.Localization;
using TrivselsBot.Privacy;
using TrivselsBot.Setup;

namespace TrivselsBot.AmrContact;

/// <summary>
/// "Ja, kontakt mig" / "Nej tak" on the consent card. Only the person the card was sealed for, for that team and within
/// its week, can say yes; then the request is stored (apart from any answer) and each AMR of the team's TRIO gets a 1:1
/// card with the person's name. "Nej" stores and sends nothing.
/// </summary>
public sealed class AmrContactAction(bool yes, AmrSeal seal, MemberPseudonym pseudonyms, TeamSetupStore setups, AmrOffers offers, AmrRequests requests,
    ConnectorClient connector, ILogger<AmrContactAction> log) : ICardAction
{
    public string Name => yes ? AmrCards.YesAction : AmrCards.NoAction;

    public async Task HandleAsync(Turn turn, JsonElement value, CancellationToken ct)
    {
        var en = turn.Language == Language.English;
        if (!yes)
        {
            await turn.ReplaceCardAsync(AmrCards.Receipt(en ? "Okay. Nothing was sent or kept." : "Okay. Der er ikke sendt eller gemt noget."), ct);
            return;
        }
        var who = turn.Activity.From?.AadObjectId;
        var offer = new SealedOffer(CardInput.Text(value, "team") ?? "", CardInput.Text(value, "nonce") ?? "",
            long.TryParse(CardInput.Text(value, "expires"), out var expires) ? expires : 0, CardInput.Text(value, "mac") ?? "");
        TeamSetup? setup = null;
        if (string.IsNullOrWhiteSpace(who) || offer.Nonce.Length is 0 or > 64 || !seal.IsValid(offer, pseudonyms.For(who))
            || (setup = await setups.GetAsync(TeamRef.FromKey(offer.TeamKey), ct)) is null)
        {
            log.LogInformation("An AMR contact request was refused: the card is not this person's, is too old, or its team is gone");
            await turn.ReplyAsync(en ? "That card is not yours or is too old – nothing was sent." : "Det kort er ikke dit eller er for gammelt – der er ikke sendt noget.", ct);
            return;
        }
        var amrs = await offers.AmrsAsync(setup.Team, ct);
        if (amrs.Count == 0)
        {
            await turn.ReplyAsync(en ? "Your team has no health and safety representative set up any more – nothing was sent." : "Jeres team har ikke længere en arbejdsmiljørepræsentant sat op – der er ikke sendt noget.", ct);
            return;
        }
        var name = turn.Activity.From?.Name is { Length: > 0 } n ? n : who!;
        var names = string.Join(en ? " and " : " og ", amrs.Select(a => a.Name));
        if (!await requests.TryRecordAsync(setup.Team, offer.Nonce, who!, name, [.. amrs.Select(a => a.Name)], ct))
        {
            await turn.ReplaceCardAsync(AmrCards.Receipt(en ? $"You have already asked: {names} knows." : $"Du har allerede bedt om det: {names} har fået besked."), ct);
            return;
        }
        var sentTo = 0;
        foreach (var amr in amrs)
        {
            if (await SendAsync(setup, amr.UserId, AmrCards.ToAmr(setup.Language, name, setup.Name), ct)) sentTo++;
            else log.LogWarning("An AMR could not be told of a contact request");
        }
        await turn.ReplaceCardAsync(AmrCards.Receipt(sentTo > 0
            ? en ? $"Thank you. {names} has been told and will contact you." : $"Tak. {names} har fået besked og kontakter dig."
            : en ? "The message could not be delivered right now. Please contact your health and safety representative directly." : "Beskeden kunne ikke leveres lige nu. Kontakt venligst jeres arbejdsmiljørepræsentant direkte."), ct);
    }

    private async Task<bool> SendAsync(TeamSetup setup, string userId, AdaptiveCard card, CancellationToken ct)
    {
        var created = await connector.CreateConversationAsync(setup.ServiceUrl, new ConversationParameters
        {
            Bot = new ChannelAccount { Id = setup.BotId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = setup.Team.TenantId,
            IsGroup = false,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = setup.Team.TenantId } },
        }, ct);
        if (!created.Succeeded || created.Value?.Id is not { Length: > 0 } chat) return false;
        var activity = Activity.CreateMessage();
        activity.Locale = setup.Language == Language.English ? "en-US" : "da-DK";
        activity.Attachments = [Attachment.AdaptiveCard(card.ToJson())];
        return (await connector.SendToConversationAsync(setup.ServiceUrl, chat, activity, ct)).Succeeded;
    }
}
