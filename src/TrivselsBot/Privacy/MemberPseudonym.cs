using System.Security.Cryptography;
using System.Text;

namespace TrivselsBot.Privacy;

/// <summary>
/// HMAC-SHA256 of a person's Entra object id under a configured secret: a stable key for "has this person answered /
/// been sent the card" that nobody without the secret can turn back into a person. Never stored next to an answer.
/// </summary>
public sealed class MemberPseudonym(byte[] secret)
{
    public string For(string aadObjectId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        var hash = HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(aadObjectId.Trim().ToLowerInvariant()));
        return Convert.ToHexStringLower(hash);
    }
}
