using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TrivselsBot.Dialogue;

/// <summary>
/// AES-GCM under a key derived from <c>Privacy:ReplyHandleSecret</c>. Every sealed value is bound to the row it is
/// stored in (the associated data), so a sealed handle copied to another comment's row, or to another team, does not open.
/// </summary>
public sealed class Sealer(byte[] secret)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 32, info: Encoding.UTF8.GetBytes("trivselsbot-reply-handle"));

    public string Seal<T>(T value, string boundTo)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(value);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(boundTo));
        return Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The value, or default when the text is not one this key sealed for <paramref name="boundTo"/>.</summary>
    public T? Open<T>(string? sealedText, string boundTo)
    {
        if (sealedText is null) return default;
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(sealedText);
        }
        catch (FormatException)
        {
            return default;
        }
        if (bytes.Length < NonceSize + TagSize) return default;
        var plain = new byte[bytes.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(bytes.AsSpan(0, NonceSize), bytes.AsSpan(NonceSize, plain.Length), bytes.AsSpan(NonceSize + plain.Length), plain, Encoding.UTF8.GetBytes(boundTo));
        }
        catch (AuthenticationTagMismatchException)
        {
            return default;
        }
        return JsonSerializer.Deserialize<T>(plain);
    }
}

/// <summary>Where to write to a person's 1:1 chat with the bot: what a reply handle seals.</summary>
public sealed record ReplyAddress(string ServiceUrl, string ConversationId);
