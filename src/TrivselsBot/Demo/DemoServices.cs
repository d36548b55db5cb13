using Microsoft.Extensions.DependencyInjection.Extensions;
using TrivselsBot.Hosting;
using TrivselsBot.Teams;

namespace TrivselsBot.Demo;

public static class DemoServices
{
    /// <summary>
    /// With Demo:Enabled, the demo workplace: seeded before the bot takes requests, its rosters and the "Demodata" label on
    /// every card, and the Playground's user as HR for the organisation roll-up. Refused with a Bot:AppId: a demo must never
    /// write its invented answers into a real installation.
    /// </summary>
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        if (!options.Enabled) return builder;
        if (BotOptions.IsAuthenticatedBy(builder.Configuration))
        {
            throw new InvalidOperationException(
                "Demo:Enabled is set together with Bot:AppId. The demo workplace is for the local try only (no App ID, loopback); remove Demo:Enabled.");
        }
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Administration:OrganisationRoles:99:TenantId"] = DemoWorkplace.TenantId,
            ["Administration:OrganisationRoles:99:AadObjectId"] = DemoWorkplace.Mette.AadObjectId,
            ["Administration:OrganisationRoles:99:Role"] = "HR",
        });
        var services = builder.Services;
        services.Configure<DemoOptions>(builder.Configuration.GetSection(DemoOptions.Section));
        services.Replace(ServiceDescriptor.Singleton<TeamRoster, DemoTeamRoster>());
        services.AddTransient<DemoCardLabel>();
        services.AddHttpClient("connector").AddHttpMessageHandler<DemoCardLabel>();
        services.AddSingleton<DemoTrioHistory>();
        services.AddSingleton<DemoSeeder>();
        services.AddHostedService<DemoSeeding>();
        return builder;
    }
}

/// <summary>Seeds at start-up, before the bot takes requests (hosted services start before the web server).</summary>
public sealed class DemoSeeding(DemoSeeder seeder) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => seeder.SeedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
