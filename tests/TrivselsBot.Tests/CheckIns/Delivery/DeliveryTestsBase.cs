using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns.Delivery;

/// <summary>A local Teams that enforces no practical limit, and the delivery rig on Azurite, per test.</summary>
public abstract class DeliveryTestsBase(AzuriteServer azurite) : IAsyncLifetime
{
    protected TeamsLimitsConnector Teams { get; private set; } = null!;

    protected DeliveryRig Rig { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Teams = await TeamsLimitsConnector.StartAsync(tenantRequestsPerSecond: 100_000);
        Rig = await DeliveryRig.CreateAsync(azurite);
    }

    public async Task DisposeAsync() => await Teams.DisposeAsync();
}
