using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TrivselsBot.Testing;

public static class LocalWebServer
{
    /// <summary>A quiet Kestrel server on a free loopback port that hands every request to <paramref name="handle"/>.</summary>
    public static async Task<(WebApplication App, string BaseUrl)> StartAsync(RequestDelegate handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(handle);
        await app.StartAsync();
        return (app, app.Urls.First() + "/");
    }
}
