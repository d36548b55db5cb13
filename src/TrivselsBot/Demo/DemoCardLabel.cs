using System.Text;
using System.Text.Json.Nodes;

namespace TrivselsBot.Demo;

/// <summary>
/// Puts "Demodata" on top of every Adaptive Card the bot sends or updates, as it leaves for the Bot Connector, so no card
/// from the demo workplace can be taken for a real team's.
/// </summary>
public sealed class DemoCardLabel : DelegatingHandler
{
    public const string Label = "Demodata – øvelsesdata til en lokal prøve, ikke rigtige svar";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content && (request.Method == HttpMethod.Post || request.Method == HttpMethod.Put)
            && content.Headers.ContentType?.MediaType == "application/json")
        {
            var body = await content.ReadAsStringAsync(cancellationToken);
            if (Labelled(body) is { } labelled)
            {
                var replaced = new StringContent(labelled, Encoding.UTF8, "application/json");
                foreach (var header in content.Headers.Where(h => h.Key != "Content-Type" && h.Key != "Content-Length")) replaced.Headers.TryAddWithoutValidation(header.Key, header.Value);
                request.Content = replaced;
            }
        }
        return await base.SendAsync(request, cancellationToken);
    }

    internal static string? Labelled(string body)
    {
        if (JsonNode.Parse(body) is not JsonObject activity || activity["attachments"] is not JsonArray attachments) return null;
        var changed = false;
        foreach (var attachment in attachments.OfType<JsonObject>())
        {
            if (attachment["contentType"]?.GetValue<string>() != "application/vnd.microsoft.card.adaptive" || attachment["content"]?["body"] is not JsonArray cardBody) continue;
            cardBody.Insert(0, new JsonObject
            {
                ["type"] = "TextBlock", ["text"] = Label, ["size"] = "small", ["weight"] = "bolder", ["color"] = "accent", ["wrap"] = true,
            });
            changed = true;
        }
        return changed ? activity.ToJsonString() : null;
    }
}
