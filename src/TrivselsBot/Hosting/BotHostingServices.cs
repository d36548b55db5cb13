using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrivselsBot.BotConnector;
using TrivselsBot.Chat;

namespace TrivselsBot.Hosting;

public static class BotHostingServices
{
    /// <summary>Inbound authentication, the outbound connector client and the activity router.</summary>
    public static WebApplicationBuilder AddBotHosting(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<BotOptions>(builder.Configuration.GetSection(BotOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient();

        services.AddSingleton(sp => new InboundAuthenticator(
            sp.GetRequiredService<IOptions<BotOptions>>(), CreateValidator(sp), sp.GetRequiredService<ILogger<InboundAuthenticator>>()));
        services.AddSingleton(sp => BotCredentials.ConnectorTokens(sp.GetRequiredService<IOptions<BotOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient("connector"),
            sp.GetRequiredService<IConnectorTokenProvider>(),
            new ConnectorClientOptions(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ConnectorClient>>()));

        services.AddSingleton<CommandRouter>();
        services.AddSingleton<ActivityRouter>();
        services.AddSingleton<MessagesEndpoint>();
        return builder;
    }

    public static WebApplication MapBotMessages(this WebApplication app)
    {
        // Built now so a wiring or configuration mistake stops the start instead of failing every request.
        app.Services.GetRequiredService<MessagesEndpoint>();
        app.MapPost("/api/messages", (HttpContext http, MessagesEndpoint endpoint) => endpoint.HandleAsync(http));
        return app;
    }

    /// <summary>Whatever escapes a handler becomes a 503 with a JSON reason, never a bare 500.</summary>
    public static WebApplication UseLastResortErrorHandler(this WebApplication app)
    {
        app.UseExceptionHandler(error => error.Run(http =>
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return http.Response.WriteAsJsonAsync(new { error = "The bot could not handle the request right now." });
        }));
        return app;
    }

    private static BotTokenValidator? CreateValidator(IServiceProvider sp)
    {
        var bot = sp.GetRequiredService<IOptions<BotOptions>>().Value;
        if (!bot.IsAuthenticated) return null;

        var options = new BotAuthenticationOptions { AppId = bot.AppId, TenantId = bot.TenantId, RequireHttpsMetadata = bot.RequireHttpsMetadata };
        foreach (var tenant in bot.AllowedTenants) options.AllowedTenants.Add(tenant);
        if (bot.OpenIdMetadataUrl is { Length: > 0 } metadata) options.OpenIdMetadataUrl = metadata;
        if (bot.EntraOpenIdMetadataUrlTemplate is { Length: > 0 } entra) options.EntraOpenIdMetadataUrlTemplate = entra;
        return new BotTokenValidator(
            options,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient("openid"),
            sp.GetRequiredService<TimeProvider>());
    }
}
