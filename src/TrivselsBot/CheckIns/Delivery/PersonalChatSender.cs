using TrivselsBot.BotConnector;
using TrivselsBot.Graph;

namespace TrivselsBot.CheckIns.Delivery;

/// <summary>
/// One try to bring an activity to one person: through the remembered 1:1 chat, or a new one (remembered for next
/// time). When Teams refuses to open one (403/404: the app is not installed for the person) and an
/// <paramref name="installer"/> is given, the app is installed through Graph and its chat used. Every Teams request
/// first waits for its turn at the rate limiter; a 429 pauses the tenant and the request is repeated.
/// No request leaves after the <c>deadline</c> (the claim would soon count as stale). A send that has left is never
/// cancelled: only its answer can tell whether the person got the card.
/// </summary>
internal sealed class PersonalChatSender(ConnectorClient connector, TeamsRateLimiter limiter, PersonalChats chats, TeamsAppInstaller? installer,
    TimeProvider time)
{
    public const string ClaimExpired = "ClaimExpired";

    private const int ThrottledRepeats = 5;
    private static readonly TimeSpan PauseWithoutRetryAfter = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(1);

    public async Task<TryResult> TryAsync(FanOutTarget target, TeamMember member, Activity activity, DateTimeOffset deadline, CancellationToken ct)
    {
        if (await chats.GetAsync(target.TenantId, member.AadObjectId, ct) is { } stored)
        {
            var sent = await SendAsync(target, stored.ConversationId, activity, deadline, ct);
            // 404: the chat is gone. 403 with Graph at hand: the person most likely removed the app, which Graph can put back.
            if (sent.StatusCode != 404 && !(sent.StatusCode == 403 && installer is not null)) return TryResult.Of(sent);
            await chats.ForgetAsync(target.TenantId, member.AadObjectId, ct); // one fresh chat (or install), then give up
        }

        var created = await PacedAsync(target.TenantId, null, deadline,
            () => connector.CreateConversationAsync(target.ServiceUrl, Parameters(target, member), ct), ct);
        if (created.Outcome == ConnectorOutcome.Unreachable && installer is not null) return await InstallAndSendAsync(installer, target, member, activity, deadline, ct);
        if (!created.Succeeded) return TryResult.Of(created);
        if (created.Value?.Id is not { Length: > 0 } conversationId) return new(SendStatus.Failed, "NoConversationId");
        return await RememberAndSendAsync(target, member, conversationId, activity, deadline, ct);
    }

    private async Task<TryResult> InstallAndSendAsync(TeamsAppInstaller graph, FanOutTarget target, TeamMember member, Activity activity, DateTimeOffset deadline, CancellationToken ct)
    {
        var installed = await graph.InstallForUserAsync(target.TenantId, member.AadObjectId, ct);
        return installed.Outcome switch
        {
            AppInstallOutcome.Ready => await RememberAndSendAsync(target, member, installed.ChatId!, activity, deadline, ct),
            AppInstallOutcome.CannotInstall => new(SendStatus.NotInstalled, installed.ErrorCode),
            _ => new(SendStatus.Failed, installed.ErrorCode),
        };
    }

    private async Task<TryResult> RememberAndSendAsync(FanOutTarget target, TeamMember member, string conversationId, Activity activity, DateTimeOffset deadline, CancellationToken ct)
    {
        await chats.SaveAsync(target.TenantId, member.AadObjectId, new PersonalChat(conversationId, target.ServiceUrl), ct);
        return TryResult.Of(await SendAsync(target, conversationId, activity, deadline, ct));
    }

    private Task<ConnectorResult<ResourceResponse>> SendAsync(FanOutTarget target, string conversationId, Activity activity, DateTimeOffset deadline, CancellationToken ct) =>
        PacedAsync(target.TenantId, conversationId, deadline,
            () => connector.SendToConversationAsync(target.ServiceUrl, conversationId, activity, CancellationToken.None), ct);

    private async Task<ConnectorResult<T>> PacedAsync<T>(string tenantId, string? conversationId, DateTimeOffset deadline, Func<Task<ConnectorResult<T>>> call, CancellationToken ct)
    {
        for (var repeat = 0; ; repeat++)
        {
            ConnectorResult<T> result;
            using (await limiter.WaitAsync(tenantId, conversationId, ct))
            {
                if (time.GetUtcNow() >= deadline) return new ConnectorResult<T> { Outcome = ConnectorOutcome.Failed, ErrorCode = ClaimExpired };
                result = await call();
            }
            if (result.StatusCode != 429 || repeat == ThrottledRepeats) return result;
            var pause = result.RetryAfter ?? PauseWithoutRetryAfter;
            limiter.Pause(tenantId, pause < LongestPause ? pause : LongestPause);
        }
    }

    private static ConversationParameters Parameters(FanOutTarget target, TeamMember member) => new()
    {
        Bot = target.Bot,
        Members = [new ChannelAccount { Id = member.UserId }],
        TenantId = target.TenantId,
        IsGroup = false,
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = target.TenantId } },
    };
}
