using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrivselsBot.BotConnector;

public class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A member as the Teams roster APIs describe it.</summary>
public sealed class TeamsChannelAccount : ChannelAccount
{
    public string? Email { get; set; }
    public string? UserPrincipalName { get; set; }
    public string? GivenName { get; set; }
    public string? Surname { get; set; }
    public string? TenantId { get; set; }
    public string? UserRole { get; set; }
}
