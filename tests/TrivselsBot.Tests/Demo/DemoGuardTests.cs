using Microsoft.Extensions.Configuration;
using TrivselsBot.Demo;

namespace TrivselsBot.Tests.Demo;

public sealed class DemoGuardTests
{
    [Fact]
    public void The_demo_never_starts_when_a_Bot_AppId_is_set()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => TrivselsBotApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:AppId"] = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b",
                ["Bot:AppPassword"] = "not-a-real-secret",
                ["Demo:Enabled"] = "true",
                ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            })));

        Assert.Contains("Demo:Enabled is set together with Bot:AppId", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_Demo_Enabled_no_demo_is_wired()
    {
        var app = TrivselsBotApp.Build(["--urls", "http://127.0.0.1:0"], builder =>
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
                ["Privacy:PseudonymSecret"] = Testing.TestSecrets.Pseudonym,
                ["Privacy:CardSigningSecret"] = Testing.TestSecrets.CardSigning,
                ["Scheduling:SqlitePath"] = Path.Combine(Path.GetTempPath(), "trivselsbot-tests", Guid.NewGuid().ToString("N"), "scheduler.db"),
            }));

        Assert.Null(app.Services.GetService(typeof(DemoSeeder)));
        Assert.IsNotType<DemoTeamRoster>(app.Services.GetService(typeof(TrivselsBot.Teams.TeamRoster)));
    }

    [Fact]
    public void The_Playgrounds_mock_data_names_the_demo_workplaces_tenant_chats_and_people()
    {
        var yml = File.ReadAllText(Path.Combine(Testing.RepoPaths.Root, "src", "TrivselsBot", "Demo", "agents-playground.yml"));

        Assert.Contains($"tenantId: {DemoWorkplace.TenantId}\n", yml, StringComparison.Ordinal);
        Assert.Contains($"  id: {DemoWorkplace.BotId}\n", yml, StringComparison.Ordinal);
        Assert.Contains($"team:\n  id: {DemoWorkplace.TeamChannelId}\n  name: {DemoWorkplace.Solsikken.Name}\n", yml, StringComparison.Ordinal);
        Assert.Contains($"groupChat:\n  id: {DemoWorkplace.GroupChatId}\n  name: {DemoWorkplace.Natholdet.Name}\n", yml, StringComparison.Ordinal);
        Assert.Contains($"    - id: {DemoWorkplace.SecondChannelId}\n      name: {DemoWorkplace.Kastanjen.Name}\n", yml, StringComparison.Ordinal);
        Assert.Contains($"currentUser:\n  id: {DemoWorkplace.Mette.UserId}\n  name: {DemoWorkplace.Mette.Name}\n", yml, StringComparison.Ordinal);
        foreach (var person in DemoWorkplace.PlaygroundPeople)
        {
            Assert.Contains($"id: {person.UserId}\n", yml, StringComparison.Ordinal);
            Assert.Contains($"  name: {person.Name}\n", yml, StringComparison.Ordinal);
            Assert.Contains($"  aadObjectId: {person.AadObjectId}\n", yml, StringComparison.Ordinal);
        }
    }
}
