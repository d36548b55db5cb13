using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TrivselsBot.AmrContact;

/// <summary>
/// HMAC (under <c>Privacy:CardSigningSecret</c>) over the team, the person's pseudonym, a one-time number and a deadline:
/// only the person the consent card was sent to can say "ja" with it, for that team, within a week.
/// </summary>
public sealed class AmrSeal(byte[] secret, TimeProvider time)
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    public SealedOffer Seal(string teamKey, string pseudonym)
    {
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var expires = (time.GetUtcNow() + ValidFor).ToUnixTimeSeconds();
        return new SealedOffer(teamKey, nonce, expires, Mac(teamKey, pseudonym, nonce, expires));
    }

    public bool IsValid(SealedOffer offer, string pseudonym) =>
        offer.ExpiresAt > time.GetUtcNow().ToUnixTimeSeconds()
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(offer.Mac), Encoding.ASCII.GetBytes(Mac(offer.TeamKey, pseudonym, offer.Nonce, offer.ExpiresAt)));

    private string Mac(string teamKey, string pseudonym, string nonce, long expires) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(
            string.Join('\n', "amr-offer", teamKey, pseudonym, nonce, expires.ToString(CultureInfo.InvariantCulture)))));
}

public sealed record SealedOffer(string TeamKey, string Nonce, long ExpiresAt, string Mac);
