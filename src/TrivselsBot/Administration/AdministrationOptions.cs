namespace TrivselsBot.Administration;

/// <summary>The IT administrators (section "Administration"): the Entra object ids in "Administration:Admins".</summary>
public sealed class AdministrationOptions
{
    public const string Section = "Administration";

    public List<string> Admins { get; set; } = [];

    public bool IsAdmin(string? aadObjectId) => aadObjectId is not null && Admins.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase);
}
