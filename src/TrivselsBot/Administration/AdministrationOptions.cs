using TrivselsBot.Organisation;

namespace TrivselsBot.Administration;

/// <summary>
/// Set by an administrator (section "Administration"): the IT administrators ("Admins": Entra object ids) and who holds
/// an organisation role per tenant ("OrganisationRoles": TenantId, AadObjectId, Role = HR, MED or AMO).
/// </summary>
public sealed class AdministrationOptions
{
    public const string Section = "Administration";

    public List<string> Admins { get; set; } = [];

    public List<OrganisationRoleAssignment> OrganisationRoles { get; set; } = [];

    public bool IsAdmin(string? aadObjectId) => aadObjectId is not null && Admins.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase);

    /// <summary>The person's organisation roles in the tenant; none for anyone not configured.</summary>
    public IReadOnlyList<OrganisationRole> RolesOf(string? tenantId, string? aadObjectId) =>
        [.. OrganisationRoles
            .Where(r => r.IsComplete
                && string.Equals(r.TenantId, tenantId, StringComparison.OrdinalIgnoreCase)
                && string.Equals(r.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.Role)
            .Distinct()];
}
