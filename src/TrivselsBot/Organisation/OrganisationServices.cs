using Microsoft.Extensions.DependencyInjection.Extensions;
using TrivselsBot.Administration;
using TrivselsBot.Summaries;

namespace TrivselsBot.Organisation;

public static class OrganisationServices
{
    /// <summary>The organisation roll-up for HR, MED and AMO, asked for with "resumé organisation".</summary>
    public static IServiceCollection AddOrganisation(this IServiceCollection services)
    {
        services.AddOptions<AdministrationOptions>()
            .Validate(o => o.OrganisationRoles.All(r => r.IsComplete),
                "Every entry of Administration:OrganisationRoles needs a TenantId, an AadObjectId and a Role (HR, MED or AMO).")
            .ValidateOnStart();
        services.AddSingleton<OrganisationRollUp>();
        services.AddSingleton<OrganisationSummaryRequest>();
        // The TRIO feature registers its own store of items sent to MED; until then there are none.
        services.TryAddSingleton<IMedItems, NoMedItems>();
        return services;
    }
}
