namespace TrivselsBot.Privacy;

/// <summary>Reads a base64 secret; a local try without an App ID may fall back to a fixed development secret.</summary>
public static class Secrets
{
    public static byte[] Read(string? base64, string settingName, bool allowDevelopmentFallback)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            if (allowDevelopmentFallback) return System.Text.Encoding.UTF8.GetBytes("trivselsbot-local-development-only:" + settingName);
            throw new InvalidOperationException($"{settingName} is not set: generate one with `openssl rand -base64 32`.");
        }
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{settingName} is not valid base64.");
        }
        if (secret.Length < 32) throw new InvalidOperationException($"{settingName} must be at least 32 bytes.");
        return secret;
    }
}
