using TrivselsBot.Chat;
using TrivselsBot.Privacy;

namespace TrivselsBot.AmrContact;

public static class AmrContactServices
{
    /// <summary>The opt-in contact to the team's AMR after a violence, threat or krænkelse signal.</summary>
    public static IServiceCollection AddAmrContact(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AmrContactOptions>(configuration.GetSection(AmrContactOptions.Section));
        services.AddSingleton(sp => new AmrSeal(PrivacyServices.ReadSecret(sp, o => o.CardSigningSecret, "Privacy:CardSigningSecret"), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AmrOffers>();
        services.AddSingleton<AmrRequests>();
        services.AddSingleton<ICardAction>(sp => ActivatorUtilities.CreateInstance<AmrContactAction>(sp, true));
        services.AddSingleton<ICardAction>(sp => ActivatorUtilities.CreateInstance<AmrContactAction>(sp, false));
        return services;
    }

    public static IReadOnlyList<string> Tables { get; } = [AmrRequests.TableName];
}
