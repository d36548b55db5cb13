namespace TrivselsBot.Hosting;

/// <summary>The Azure Bot registration's "Type of App": how the bot proves who it is.</summary>
public enum BotAppType
{
    /// <summary>An app registration in any tenant, with a client secret or certificate; tokens from the botframework.com tenant.</summary>
    MultiTenant,

    /// <summary>An app registration in one tenant, with a client secret or certificate; tokens from that tenant.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity whose client id is the App ID: no secret at all.</summary>
    UserAssignedMSI,
}
