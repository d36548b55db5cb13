using Microsoft.Extensions.Options;
using TrivselsBot.CheckIns.Delivery;

namespace TrivselsBot.Tests.CheckIns.Delivery;

/// <summary>The limiter on the real clock; only the order of permits and the least a pause holds back are asserted, never how long they took.</summary>
public sealed class TeamsRateLimiterTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private static TeamsRateLimiter Limiter(int tenantPerSecond = 1000, int conversationPerSecond = 7, RetryJitter? jitter = null) =>
        new(Options.Create(new DeliveryOptions { TenantRequestsPerSecond = tenantPerSecond, ConversationRequestsPerSecond = conversationPerSecond }), TimeProvider.System, jitter);

    [Fact]
    public async Task After_a_429_the_tenant_waits_the_retry_after_plus_its_jitter()
    {
        var limiter = Limiter(jitter: new RetryJitter(() => 0.99)); // 2 s + 0.396 s
        var started = TimeProvider.System.GetTimestamp();

        limiter.Pause("tenant", TimeSpan.FromSeconds(2));
        using var turn = await limiter.WaitAsync("tenant", null, default).WaitAsync(Generous);

        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromSeconds(2.38), "left before the jitter had passed");
    }

    [Fact]
    public async Task A_paused_tenant_holds_back_its_own_requests_but_not_another_tenants()
    {
        var limiter = Limiter();
        limiter.Pause("tenant-a", TimeSpan.FromHours(1));
        using var stop = new CancellationTokenSource();

        var held = limiter.WaitAsync("tenant-a", null, stop.Token);
        using var other = await limiter.WaitAsync("tenant-b", null, default).WaitAsync(Generous);

        Assert.False(held.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
    }

    [Fact]
    public async Task A_request_already_waiting_for_its_turn_when_the_tenant_is_paused_waits_for_the_pause_too()
    {
        var limiter = Limiter(tenantPerSecond: 10);
        using var stop = new CancellationTokenSource();
        using var first = await limiter.WaitAsync("tenant", null, default).WaitAsync(Generous);
        var waiting = limiter.WaitAsync("tenant", null, stop.Token);

        limiter.Pause("tenant", TimeSpan.FromHours(1));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        Assert.False(waiting.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task A_conversation_that_used_its_turn_waits_while_other_conversations_of_the_tenant_go_ahead()
    {
        var limiter = Limiter(conversationPerSecond: 1);
        using var stop = new CancellationTokenSource();
        var first = await limiter.WaitAsync("tenant", "a:chat-1", default).WaitAsync(Generous);
        first.Dispose();

        var second = limiter.WaitAsync("tenant", "a:chat-1", stop.Token);
        var others = await Task.WhenAll(Enumerable.Range(2, 5).Select(i => limiter.WaitAsync("tenant", $"a:chat-{i}", default))).WaitAsync(Generous);

        Assert.False(second.IsCompleted);
        (await second.WaitAsync(Generous)).Dispose();
        foreach (var turn in others) turn.Dispose();
    }

    [Fact]
    public async Task A_request_whose_answer_has_not_come_keeps_its_place_in_the_tenants_second()
    {
        var limiter = Limiter(tenantPerSecond: 1);
        using var stop = new CancellationTokenSource();
        var inFlight = await limiter.WaitAsync("tenant", null, default).WaitAsync(Generous);

        var next = limiter.WaitAsync("tenant", null, stop.Token);
        await Task.Delay(TimeSpan.FromMilliseconds(1500));
        Assert.False(next.IsCompleted);

        inFlight.Dispose();
        (await next.WaitAsync(Generous)).Dispose();
    }
}
