namespace TrivselsBot.Organisation;

/// <summary>An item a team's TRIO sent on to MED, listed in the organisation roll-up.</summary>
public sealed record MedItem(string TeamName, string Text, DateOnly SentOn);

/// <summary>The items TRIOs have sent to MED in a tenant, newest first. The TRIO feature's store provides them.</summary>
public interface IMedItems
{
    Task<IReadOnlyList<MedItem>> ForTenantAsync(string tenantId, CancellationToken ct);
}

/// <summary>Until a TRIO store is registered, nothing has been sent to MED.</summary>
public sealed class NoMedItems : IMedItems
{
    public Task<IReadOnlyList<MedItem>> ForTenantAsync(string tenantId, CancellationToken ct) => Task.FromResult<IReadOnlyList<MedItem>>([]);
}
