namespace TrivselsBot.Organisation;

/// <summary>The organisation-wide roles that see the roll-up: HR, the MED committee and the work environment organisation (AMO).</summary>
public enum OrganisationRole { Hr, Med, Amo }

/// <summary>One person's organisation role in one tenant, from "Administration:OrganisationRoles" (set by an admin).</summary>
public sealed class OrganisationRoleAssignment
{
    public string TenantId { get; set; } = "";

    /// <summary>The person's Entra object id.</summary>
    public string AadObjectId { get; set; } = "";

    public OrganisationRole Role { get; set; }

    public bool IsComplete => TenantId.Length > 0 && AadObjectId.Length > 0 && Enum.IsDefined(Role);
}
