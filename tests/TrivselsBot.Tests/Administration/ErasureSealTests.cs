using System.Text;
using TrivselsBot.Administration;
using TrivselsBot.Setup;
using TrivselsBot.Testing;

namespace TrivselsBot.Tests.Administration;

public sealed class ErasureSealTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("erasure seal test secret, 32+ bytes long");
    private static readonly DateTimeOffset Now = new(2026, 11, 17, 10, 0, 0, TimeSpan.Zero);
    private static readonly TeamRef Team = new("tenant-1", "19:lyngly@thread.tacv2");

    private static ErasureSeal At(DateTimeOffset now, byte[]? secret = null) => new(secret ?? Secret, new ShiftedClock(now));

    [Fact]
    public void A_seal_holds_for_its_team_within_the_hour() =>
        Assert.True(At(Now.AddMinutes(59)).Verify(Team, At(Now).Seal(Team).Expires, At(Now).Seal(Team).Mac));

    [Fact]
    public void A_seal_is_refused_after_the_hour() =>
        Assert.False(At(Now.AddMinutes(61)).Verify(Team, At(Now).Seal(Team).Expires, At(Now).Seal(Team).Mac));

    [Fact]
    public void A_seal_is_refused_for_another_team_of_the_same_tenant() =>
        Assert.False(At(Now).Verify(Team with { ConversationId = "19:engly@thread.tacv2" }, At(Now).Seal(Team).Expires, At(Now).Seal(Team).Mac));

    [Fact]
    public void A_deadline_moved_later_or_a_seal_under_another_secret_is_refused()
    {
        var seal = At(Now).Seal(Team);
        Assert.False(At(Now).Verify(Team, seal.Expires + 3600, seal.Mac));
        Assert.False(At(Now).Verify(Team, seal.Expires, At(Now, Encoding.UTF8.GetBytes("another secret that is 32+ bytes long")).Seal(Team).Mac));
        Assert.False(At(Now).Verify(Team, seal.Expires, null));
    }
}
