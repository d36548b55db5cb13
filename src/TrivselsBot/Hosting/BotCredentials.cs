using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core.Pipeline;
using Azure.Identity;
using TrivselsBot.BotConnector;

namespace TrivselsBot.Hosting;

/// <summary>The bot's own identity toward Entra ID (section "Bot"), shared by the Bot Connector sign-in and Graph.</summary>
public static class BotCredentials
{
    /// <summary>What is wrong with the sign-in settings, in words an operator can act on; null when nothing is.</summary>
    public static string? Problem(BotOptions bot)
    {
        if (!bot.IsAuthenticated)
        {
            return bot.AppType is { } type
                ? $"Bot:AppType is {type} but Bot:AppId is empty. Set Bot:AppId to the Azure Bot's Microsoft App ID" +
                  (type == BotAppType.UserAssignedMSI ? " (the client id of its user-assigned managed identity)." : ".")
                : bot.HasCertificate ? "Bot:CertificatePath is set but Bot:AppId is empty. Set Bot:AppId to the Azure Bot's Microsoft App ID." : null;
        }

        var tenantMissing = string.IsNullOrWhiteSpace(bot.TenantId);
        return bot.EffectiveAppType switch
        {
            BotAppType.UserAssignedMSI when bot.HasSecret || bot.HasCertificate =>
                "Bot:AppType is UserAssignedMSI: the managed identity needs no secret or certificate. Remove Bot:AppPassword and Bot:CertificatePath.",
            BotAppType.UserAssignedMSI or BotAppType.SingleTenant when tenantMissing =>
                $"Bot:AppType is {bot.EffectiveAppType} but Bot:TenantId is empty. Set the tenant the Azure Bot names (Azure Bot > Configuration > App Tenant ID).",
            BotAppType.MultiTenant when !tenantMissing =>
                "Bot:AppType is MultiTenant but Bot:TenantId is set. A multi-tenant bot signs in at botframework.com: clear Bot:TenantId, or set Bot:AppType to SingleTenant.",
            not BotAppType.UserAssignedMSI when bot.HasSecret && bot.HasCertificate =>
                "Both Bot:AppPassword and Bot:CertificatePath are set. Keep the one the app registration uses and remove the other.",
            not BotAppType.UserAssignedMSI when !bot.HasSecret && !bot.HasCertificate =>
                "Bot:AppId is set but neither Bot:AppPassword nor Bot:CertificatePath is: the bot could not answer Teams. " +
                "Set the app registration's client secret or certificate, or Bot:AppType = UserAssignedMSI for a managed identity.",
            _ => null,
        };
    }

    /// <summary>The sign-in for outbound Bot Connector calls; none for a local try without an App ID.</summary>
    public static IConnectorTokenProvider ConnectorTokens(BotOptions bot, TimeProvider time)
    {
        if (!bot.IsAuthenticated) return new AnonymousConnectorTokenProvider();
        if (bot.UsesManagedIdentity) return new TokenCredentialConnectorTokenProvider(ManagedIdentity(bot));
        return bot.HasCertificate
            ? new MsalConnectorTokenProvider(bot.AppId!, LoadCertificate(bot, time), bot.TenantId, bot.TokenAuthority)
            : new MsalConnectorTokenProvider(bot.AppId!, bot.AppPassword!, bot.TenantId, bot.TokenAuthority);
    }

    /// <summary>The user-assigned managed identity of a UserAssignedMSI bot: its client id is the App ID.</summary>
    /// <param name="transport">Where the identity endpoint is called; tests answer it locally.</param>
    public static ManagedIdentityCredential ManagedIdentity(BotOptions bot, HttpPipelineTransport? transport = null)
    {
        var options = new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(bot.AppId!));
        if (transport is not null) options.Transport = transport;
        return new ManagedIdentityCredential(options);
    }

    /// <summary>
    /// The certificate from a PKCS#12 file: a path works alike on Linux App Service (WEBSITE_LOAD_CERTIFICATES puts it at
    /// /var/ssl/private/THUMBPRINT.p12), in a container (a mounted secret) and on Windows, where a store lookup would not.
    /// </summary>
    public static X509Certificate2 LoadCertificate(BotOptions bot, TimeProvider time)
    {
        var path = bot.CertificatePath!;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Bot:CertificatePath '{path}' does not exist. On Linux App Service a certificate loaded with WEBSITE_LOAD_CERTIFICATES=<thumbprint> is at /var/ssl/private/<thumbprint>.p12.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, string.IsNullOrEmpty(bot.CertificatePassword) ? null : bot.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"Bot:CertificatePath '{path}' could not be read as a PKCS#12 file with Bot:CertificatePassword: {e.Message}", e);
        }

        var problem = !certificate.HasPrivateKey ? "holds no private key, so the bot could not sign in with it"
            : certificate.NotAfter.ToUniversalTime() < time.GetUtcNow().UtcDateTime ? $"expired on {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}"
            : null;
        if (problem is null) return certificate;
        certificate.Dispose();
        throw new InvalidOperationException($"The certificate in Bot:CertificatePath '{path}' {problem}.");
    }
}
