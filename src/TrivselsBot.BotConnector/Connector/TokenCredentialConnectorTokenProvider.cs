using Azure.Core;

namespace TrivselsBot.BotConnector;

/// <summary>
/// Bot Connector tokens from an Azure.Core <see cref="TokenCredential"/>, e.g. the user-assigned managed identity of an
/// Azure Bot registered as UserAssignedMSI. No cache of its own: Azure.Identity's managed identity (and client secret or
/// certificate) credentials keep each token in MSAL's cache until five minutes before it expires, so a second cache would
/// only add staleness. A credential that caches nothing (e.g. AzureCliCredential) is asked for every call.
/// </summary>
public sealed class TokenCredentialConnectorTokenProvider(TokenCredential credential) : IConnectorTokenProvider
{
    private static readonly TokenRequestContext Request = new([MsalConnectorTokenProvider.Scope]);

    private readonly TokenCredential credential = credential ?? throw new ArgumentNullException(nameof(credential));

    public async Task<string?> GetTokenAsync(CancellationToken ct) => (await credential.GetTokenAsync(Request, ct)).Token;
}
