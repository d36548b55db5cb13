using System.Text.Json.Nodes;

namespace TrivselsBot.Testing;

/// <summary>Activities shaped as Teams sends them, for tests.</summary>
public static class TeamsActivities
{
    public const string BotId = "28:trivselsbot";
    public const string TenantId = "tenant-1";

    public static JsonObject Message(string serviceUrl, string text, string conversationId = "a:personal-1",
        string locale = "da-DK", string userId = "29:user-1", string conversationType = "personal", string? aadObjectId = null) => new()
    {
        ["type"] = "message",
        ["id"] = "msg-" + Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-23T08:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Mette", ["aadObjectId"] = aadObjectId ?? "aad-" + userId },
        ["conversation"] = new JsonObject
        {
            ["id"] = conversationId,
            ["conversationType"] = conversationType,
            ["tenantId"] = TenantId,
            ["isGroup"] = conversationType != "personal",
        },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "TrivselsBot" },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    /// <summary>What Teams sends when a card's Action.Submit is clicked: a message with no text, value = data + inputs.</summary>
    public static JsonObject Submit(string serviceUrl, JsonObject value, string replyToId, string conversationId, string userId, string aadObjectId,
        string conversationType = "personal", string locale = "da-DK")
    {
        var activity = Message(serviceUrl, "", conversationId, locale, userId, conversationType, aadObjectId);
        activity.Remove("text");
        activity["value"] = value;
        activity["replyToId"] = replyToId;
        return activity;
    }

    public static JsonObject InstallationUpdate(string serviceUrl, string action, string conversationId = "a:personal-1",
        string locale = "da-DK", string conversationType = "personal", string? teamId = null)
    {
        var activity = Message(serviceUrl, "", conversationId, locale, conversationType: conversationType);
        activity["type"] = "installationUpdate";
        activity["action"] = action;
        activity.Remove("text");
        if (teamId is not null) activity["channelData"]!["team"] = new JsonObject { ["id"] = teamId, ["name"] = "Bostedet Lyngly" };
        return activity;
    }

    public static JsonObject MembersAdded(string serviceUrl, string conversationId = "a:personal-1", string locale = "da-DK",
        string conversationType = "personal", params string[] memberIds)
    {
        var activity = Message(serviceUrl, "", conversationId, locale, conversationType: conversationType);
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersAdded"] = new JsonArray(memberIds.Select(id => (JsonNode)new JsonObject { ["id"] = id }).ToArray());
        return activity;
    }

    public static JsonObject MembersRemoved(string serviceUrl, string conversationId, params string[] memberIds)
    {
        var activity = Message(serviceUrl, "", conversationId);
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersRemoved"] = new JsonArray(memberIds.Select(id => (JsonNode)new JsonObject { ["id"] = id }).ToArray());
        return activity;
    }
}
