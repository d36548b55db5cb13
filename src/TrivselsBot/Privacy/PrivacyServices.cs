using Microsoft.Extensions.Options;
using TrivselsBot.CheckIns;
using TrivselsBot.Hosting;

namespace TrivselsBot.Privacy;

public static class PrivacyServices
{
    /// <summary>k, and the two secrets: the member pseudonym key and the card-signing key. A real deployment must set both.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new MemberPseudonym(ReadSecret(sp, o => o.PseudonymSecret, "Privacy:PseudonymSecret")));
        services.AddSingleton(sp => new PulseTicketSigner(ReadSecret(sp, o => o.CardSigningSecret, "Privacy:CardSigningSecret")));
        return services;
    }

    internal static byte[] ReadSecret(IServiceProvider sp, Func<PrivacyOptions, string?> pick, string name)
    {
        var localTry = !sp.GetRequiredService<IOptions<BotOptions>>().Value.IsAuthenticated;
        return Secrets.Read(pick(sp.GetRequiredService<IOptions<PrivacyOptions>>().Value), name, allowDevelopmentFallback: localTry);
    }
}
