using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TrivselsBot.Setup;

namespace TrivselsBot.Administration;

/// <summary>
/// Binds an erasure confirmation card to one team and a deadline with an HMAC-SHA256 under the card-signing secret
/// (with its own purpose label, so no pulse ticket can pass for a seal), so a card from another team, or a forged
/// submit, deletes nothing.
/// </summary>
public sealed class ErasureSeal(byte[] secret, TimeProvider time)
{
    private const string Purpose = "trivselsbot/erase-team-data/v1";
    private static readonly TimeSpan ValidFor = TimeSpan.FromHours(1);

    public SealedErasure Seal(TeamRef team)
    {
        var expires = time.GetUtcNow().Add(ValidFor).ToUnixTimeSeconds();
        return new SealedErasure(expires, Mac(team, expires));
    }

    /// <summary>True only for an unaltered seal of this very team that has not expired; never throws.</summary>
    public bool Verify(TeamRef team, long expires, string? mac)
    {
        if (mac is null || expires < time.GetUtcNow().ToUnixTimeSeconds()) return false;
        var expected = Encoding.ASCII.GetBytes(Mac(team, expires));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(mac));
    }

    private string Mac(TeamRef team, long expires) => Convert.ToHexStringLower(HMACSHA256.HashData(secret,
        Encoding.UTF8.GetBytes(string.Join('\n', Purpose, team.Key, expires.ToString(CultureInfo.InvariantCulture)))));
}

public sealed record SealedErasure(long Expires, string Mac);
