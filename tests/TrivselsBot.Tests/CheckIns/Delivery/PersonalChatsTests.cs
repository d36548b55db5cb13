using TrivselsBot.CheckIns.Delivery;
using TrivselsBot.Storage;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.CheckIns.Delivery;

[Collection(AzuriteCollection.Name)]
public sealed class PersonalChatsTests(AzuriteServer azurite)
{
    [Fact]
    public async Task A_chat_is_kept_per_tenant_under_the_persons_pseudonym_without_their_Entra_id_until_forgotten()
    {
        var rig = await DeliveryRig.CreateAsync(azurite);
        var tenant = rig.Team.TenantId;
        var chat = new PersonalChat("a:1on1-xyz", "https://smba.trafficmanager.net/emea/");

        await rig.Chats.SaveAsync(tenant, "AAD-Person-1", chat, default);

        Assert.Equal(chat, await rig.Chats.GetAsync(tenant, "aad-person-1", default));
        Assert.Null(await rig.Chats.GetAsync("another-tenant", "AAD-Person-1", default));
        var stored = Assert.Single(await rig.Tables.GetTableClient(PersonalChats.TableName)
            .QueryEntitiesAsync($"PartitionKey eq '{TableKeys.Escape(tenant)}'").ToListAsync());
        Assert.Equal(rig.Pseudonyms.For("AAD-Person-1"), stored.RowKey);
        Assert.DoesNotContain(stored.OwnProperties(), p => p.Value is string s && s.Contains("person-1", StringComparison.OrdinalIgnoreCase));

        await rig.Chats.ForgetAsync(tenant, "AAD-Person-1", default);

        Assert.Null(await rig.Chats.GetAsync(tenant, "AAD-Person-1", default));
    }
}
