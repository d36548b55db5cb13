using System.Collections.Concurrent;
using System.Globalization;
using Azure.Core;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace TrivselsBot.Graph;

/// <summary>
/// Installs a Teams app for a person through Microsoft Graph and finds the 1:1 chat that installation opens:
/// POST /users/{id}/teamwork/installedApps (409 "already installed" counts as done), then the installation
/// (GET …/installedApps?$expand=teamsApp&amp;$filter=teamsApp/id eq '{app}') and its chat (GET …/installedApps/{id}/chat).
/// App-only, one Graph client per tenant (a token is issued for one tenant). Throttling (429 + Retry-After) is repeated by
/// the SDK's retry handler within <see cref="GraphOptions"/>' limits; 403/404 end at once as <see cref="AppInstallOutcome.CannotInstall"/>.
/// </summary>
public sealed class TeamsAppInstaller : IDisposable
{
    private readonly GraphOptions _options;
    private readonly Func<string, TokenCredential> _credentialFor;
    private readonly ILogger<TeamsAppInstaller> _log;
    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<string, GraphServiceClient> _clients = new(StringComparer.Ordinal);

    /// <param name="credentialFor">The credential that obtains app-only Graph tokens for a tenant id.</param>
    public TeamsAppInstaller(IOptions<GraphOptions> options, Func<string, TokenCredential> credentialFor, ILogger<TeamsAppInstaller> log)
    {
        _options = options.Value;
        _credentialFor = credentialFor;
        _log = log;
        _http = GraphClientFactory.Create(HandlersWithBoundedRetries(_options));
    }

    /// <summary>Installs the app for the person (Entra object id <paramref name="userId"/>) in <paramref name="tenantId"/> and returns their chat with it.</summary>
    public async Task<AppInstallResult> InstallForUserAsync(string tenantId, string userId, CancellationToken ct)
    {
        var user = ClientFor(tenantId).Users[userId].Teamwork;
        var result = await AskAsync(async () =>
        {
            await InstallAsync(user, ct);
            var installations = await user.InstalledApps.GetAsync(request =>
            {
                request.QueryParameters.Expand = ["teamsApp"];
                request.QueryParameters.Filter = $"teamsApp/id eq '{_options.CatalogAppId}'";
            }, ct);
            if (installations?.Value?.FirstOrDefault()?.Id is not { Length: > 0 } installationId) return AppInstallResult.Failed("InstallationNotFound");

            var chat = await user.InstalledApps[installationId].Chat.GetAsync(cancellationToken: ct);
            return chat?.Id is { Length: > 0 } chatId ? AppInstallResult.Ready(chatId) : AppInstallResult.Failed("ChatNotFound");
        }, ct);
        _log.Log(result.Outcome == AppInstallOutcome.Ready ? LogLevel.Information : LogLevel.Warning,
            "Installing the Teams app for a member through Graph: {Outcome} {ErrorCode}", result.Outcome, result.ErrorCode);
        return result;
    }

    private async Task InstallAsync(Microsoft.Graph.Users.Item.Teamwork.TeamworkRequestBuilder user, CancellationToken ct)
    {
        var installation = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object> { ["teamsApp@odata.bind"] = $"{_options.BaseUrl.TrimEnd('/')}/appCatalogs/teamsApps/{_options.CatalogAppId}" },
        };
        try
        {
            await user.InstalledApps.PostAsync(installation, cancellationToken: ct);
        }
        catch (ApiException e) when (e.ResponseStatusCode == 409)
        {
            // Already installed for this person: the chat exists, so go on and find it.
        }
    }

    private static async Task<AppInstallResult> AskAsync(Func<Task<AppInstallResult>> steps, CancellationToken ct)
    {
        try
        {
            return await steps();
        }
        catch (ApiException e) when (e.ResponseStatusCode is 403 or 404)
        {
            return new AppInstallResult(AppInstallOutcome.CannotInstall, null, CodeOf(e));
        }
        catch (ApiException e)
        {
            return AppInstallResult.Failed(CodeOf(e));
        }
        catch (AggregateException e) when (e.InnerExceptions.LastOrDefault() is ApiException last)
        {
            // The retry handler gave up after its last repeat.
            return AppInstallResult.Failed(CodeOf(last));
        }
        catch (HttpRequestException)
        {
            return AppInstallResult.Failed("NoResponse");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return AppInstallResult.Failed("Timeout");
        }
        catch (Azure.Identity.AuthenticationFailedException)
        {
            return AppInstallResult.Failed("NoToken");
        }
    }

    private static string CodeOf(ApiException e) =>
        e is ODataError { Error.Code: { Length: > 0 } code } ? code : e.ResponseStatusCode.ToString(CultureInfo.InvariantCulture);

    private GraphServiceClient ClientFor(string tenantId) => _clients.GetOrAdd(tenantId, tenant =>
    {
        var root = new Uri(_options.BaseUrl);
        var authentication = new AzureIdentityAuthenticationProvider(_credentialFor(tenant), [root.Host], null, true, $"{root.GetLeftPart(UriPartial.Authority)}/.default");
        return new GraphServiceClient(_http, authentication, _options.BaseUrl.TrimEnd('/'));
    });

    private static IList<DelegatingHandler> HandlersWithBoundedRetries(GraphOptions options)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retry = handlers.Single(h => h is RetryHandler);
        handlers[handlers.IndexOf(retry)] = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = options.MaxRetries,
            Delay = (int)options.RetryDelay.TotalSeconds,
            RetriesTimeLimit = options.MaxRetryWait,
        });
        retry.Dispose();
        return handlers;
    }

    public void Dispose() => _http.Dispose();
}
