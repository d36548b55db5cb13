using System.ComponentModel.DataAnnotations;

namespace TrivselsBot.Privacy;

public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>k: no figure is ever shown that rests on fewer answers than this. Never under 3.</summary>
    [Range(3, 1000)]
    public int MinimumGroupSize { get; set; } = 5;

    /// <summary>
    /// Base64 secret (at least 32 bytes) keying the HMAC that turns a person's Entra object id into the pseudonym
    /// used by participation and delivery rows. Without it nobody can recompute who a row belongs to.
    /// </summary>
    public string? PseudonymSecret { get; set; }

    /// <summary>Base64 secret (at least 32 bytes) signing the ticket inside every pulse card.</summary>
    public string? CardSigningSecret { get; set; }

    /// <summary>
    /// Base64 secret (at least 32 bytes) for AES-GCM sealing the reply handle: the chat of a comment's writer who allows
    /// anonymous replies. Keep it in Key Vault, apart from storage access: storage alone cannot open a handle.
    /// </summary>
    public string? ReplyHandleSecret { get; set; }

    /// <summary>Raw answers, comments, participation and send records are deleted this many months after their week ended; aggregates stay.</summary>
    [Range(1, 120)]
    public int RetentionMonths { get; set; } = 24;
}
