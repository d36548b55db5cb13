using System.Diagnostics;
using TrivselsBot.Graph;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Graph;

public sealed class TeamsAppInstallerTests : IAsyncLifetime
{
    private const string Tenant = "tenant-graph";
    private const string User = "5b7f2c1e-3d4a-4f6b-9c8d-1e2f3a4b5c6d";

    private FakeGraph _graph = null!;

    public async Task InitializeAsync() => _graph = await FakeGraph.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task Installs_the_app_for_the_user_then_finds_the_installation_and_returns_its_chat()
    {
        using var installer = GraphRig.InstallerFor(_graph);

        var result = await installer.InstallForUserAsync(Tenant, User, default);

        Assert.Equal(AppInstallResult.Ready(_graph.ChatIdOf(User)), result);
        Assert.True(_graph.IsInstalledFor(User));
        var requests = _graph.Requests;
        Assert.Equal(["POST", "GET", "GET"], requests.Select(r => r.Method));
        Assert.Equal($"{_graph.BaseUrl}/appCatalogs/teamsApps/{_graph.CatalogAppId}", requests[0].Body?["teamsApp@odata.bind"]?.GetValue<string>());
        Assert.Equal(201, requests[0].Status);
        Assert.Contains("$expand=teamsApp", requests[1].Query, StringComparison.Ordinal);
        Assert.Contains($"$filter=teamsApp/id eq '{_graph.CatalogAppId}'", requests[1].Query, StringComparison.Ordinal);
        Assert.EndsWith("/chat", requests[2].Target, StringComparison.Ordinal);
        Assert.All(requests, r => Assert.Equal(User, r.UserId));
        Assert.Equal([Tenant], _graph.Credential.Tenants);
    }

    [Fact]
    public async Task An_app_already_installed_answers_409_which_counts_as_installed_and_its_chat_is_returned()
    {
        _graph.InstallFor(User);
        using var installer = GraphRig.InstallerFor(_graph);

        var result = await installer.InstallForUserAsync(Tenant, User, default);

        Assert.Equal(AppInstallResult.Ready(_graph.ChatIdOf(User)), result);
        Assert.Equal([409, 200, 200], _graph.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task A_throttled_install_waits_for_Retry_After_and_is_repeated_once_it_has_passed()
    {
        _graph.Script(User, new ScriptedAnswer(429, RetryAfterSeconds: 1));
        using var installer = GraphRig.InstallerFor(_graph);

        var result = await installer.InstallForUserAsync(Tenant, User, default);

        Assert.Equal(AppInstallOutcome.Ready, result.Outcome);
        var posts = _graph.Requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal([429, 201], posts.Select(p => p.Status));
        Assert.True(Stopwatch.GetElapsedTime(posts[0].Timestamp, posts[1].Timestamp) >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_configured_repeats_ends_as_a_failure_a_later_run_may_repeat()
    {
        _graph.Script(User, Enumerable.Repeat(new ScriptedAnswer(429, RetryAfterSeconds: 1), 5).ToArray());
        using var installer = GraphRig.InstallerFor(_graph, o => o.MaxRetries = 2);

        var result = await installer.InstallForUserAsync(Tenant, User, default);

        Assert.Equal(AppInstallOutcome.Failed, result.Outcome);
        Assert.Equal(3, _graph.Requests.Count);
        Assert.False(_graph.IsInstalledFor(User));
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_longest_wait_ends_the_try_at_once_instead_of_waiting_for_it()
    {
        _graph.Script(User, new ScriptedAnswer(429, RetryAfterSeconds: 120));
        using var installer = GraphRig.InstallerFor(_graph, o => o.MaxRetryWait = TimeSpan.FromSeconds(60));
        var started = Stopwatch.GetTimestamp();

        var result = await installer.InstallForUserAsync(Tenant, User, default);

        Assert.Equal(AppInstallResult.Failed("TooManyRequests"), result);
        Assert.Single(_graph.Requests);
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60));
    }

    [Theory]
    [InlineData(403, "Forbidden")]
    [InlineData(404, "Request_ResourceNotFound")]
    public async Task A_refusal_for_good_is_reported_as_cannot_install_and_not_repeated(int status, string code)
    {
        _graph.Script(User, new ScriptedAnswer(status));
        using var installer = GraphRig.InstallerFor(_graph);

        var result = await installer.InstallForUserAsync(Tenant, User, default);

        Assert.Equal(new AppInstallResult(AppInstallOutcome.CannotInstall, null, code), result);
        Assert.Single(_graph.Requests);
    }

    [Fact]
    public async Task A_failing_Graph_is_a_failure_that_may_be_repeated_not_a_refusal()
    {
        _graph.Script(User, new ScriptedAnswer(500));
        using var installer = GraphRig.InstallerFor(_graph);

        var result = await installer.InstallForUserAsync(Tenant, User, default);

        Assert.Equal(AppInstallResult.Failed("Scripted"), result);
    }

    [Fact]
    public async Task Each_tenant_is_asked_with_a_credential_for_that_tenant()
    {
        using var installer = GraphRig.InstallerFor(_graph);

        await installer.InstallForUserAsync("tenant-a", User, default);
        await installer.InstallForUserAsync("tenant-b", "0d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6", default);
        await installer.InstallForUserAsync("tenant-a", "6f5e4d3c-2b1a-4098-8765-43210fedcba9", default);

        Assert.Equal(["tenant-a", "tenant-b"], _graph.Credential.Tenants);
    }
}
