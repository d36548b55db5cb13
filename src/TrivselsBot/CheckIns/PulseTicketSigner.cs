using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrivselsBot.CheckIns;

/// <summary>Signs tickets as <c>base64url(payload JSON).base64url(HMAC-SHA256 of the payload)</c>.</summary>
public sealed class PulseTicketSigner
{
    private const int MinimumSecretBytes = 32;

    /// <summary>A real ticket is a few hundred characters; anything far longer is refused before any work.</summary>
    private const int MaximumTokenLength = 8192;

    private readonly byte[] _secret;

    public PulseTicketSigner(byte[] secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length < MinimumSecretBytes) throw new ArgumentException($"The signing secret must be at least {MinimumSecretBytes} bytes.", nameof(secret));
        _secret = (byte[])secret.Clone();
    }

    public string Sign(PulseTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentException.ThrowIfNullOrWhiteSpace(ticket.TeamKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(ticket.RecipientPseudonym);
        if (ticket.QuestionIds.Count == 0 || ticket.QuestionIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A ticket names at least one question, and no empty ids.", nameof(ticket));
        }
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            new Payload(ticket.TeamKey, ticket.Period.ToString(), ticket.QuestionIds, ticket.RecipientPseudonym, ticket.Group));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_secret, payload));
    }

    /// <summary>False for anything but an unaltered ticket signed with this secret; never throws.</summary>
    public bool TryVerify(string? token, [NotNullWhen(true)] out PulseTicket? ticket)
    {
        ticket = null;
        if (token is null || token.Length > MaximumTokenLength) return false;
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == token.Length - 1) return false;
        if (!TryDecode(token.AsSpan(0, dot), out var payload) || !TryDecode(token.AsSpan(dot + 1), out var signature)) return false;
        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_secret, payload))) return false;
        return TryRead(payload, out ticket);
    }

    /// <summary>
    /// Base64Url.TryDecodeFromChars throws on characters outside the alphabet, so IsValid goes first; it also refuses
    /// set unused bits in the last character, so no two spellings of one token exist.
    /// </summary>
    private static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        var valid = Base64Url.IsValid(text);
        bytes = valid ? Base64Url.DecodeFromChars(text) : [];
        return valid;
    }

    private static bool TryRead(byte[] json, [NotNullWhen(true)] out PulseTicket? ticket)
    {
        ticket = null;
        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(json);
        }
        catch (JsonException)
        {
            return false;
        }
        if (payload is not { Team: { Length: > 0 } team, Period: var periodText, Questions: { Count: > 0 } questions, Recipient: { Length: > 0 } recipient } ||
            !PulsePeriod.TryParse(periodText, out var period) ||
            questions.Any(string.IsNullOrWhiteSpace) ||
            payload.Group is { Length: 0 })
        {
            return false;
        }
        ticket = new PulseTicket(team, period, questions, recipient, payload.Group);
        return true;
    }

    private sealed record Payload(
        [property: JsonPropertyName("team")] string? Team,
        [property: JsonPropertyName("period")] string? Period,
        [property: JsonPropertyName("questions")] IReadOnlyList<string>? Questions,
        [property: JsonPropertyName("recipient")] string? Recipient,
        [property: JsonPropertyName("group"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Group);
}
