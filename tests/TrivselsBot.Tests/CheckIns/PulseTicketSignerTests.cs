using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using TrivselsBot.CheckIns;

namespace TrivselsBot.Tests.CheckIns;

public sealed class PulseTicketSignerTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("a test secret of at least thirty-two bytes");
    private readonly PulseTicketSigner _signer = new(Secret);

    private static readonly PulseTicket Ticket = new(
        "tenant-1|19%3Aabc%40thread.tacv2", new PulsePeriod(2026, 48), ["anchor", "workload-2", "support-1"], "9f2c0e5d7a");

    [Fact]
    public void A_signed_ticket_verifies_to_the_same_ticket()
    {
        Assert.True(_signer.TryVerify(_signer.Sign(Ticket), out var verified));

        Assert.Equal(Ticket.TeamKey, verified!.TeamKey);
        Assert.Equal(Ticket.Period, verified.Period);
        Assert.Equal(Ticket.QuestionIds, verified.QuestionIds);
        Assert.Equal(Ticket.RecipientPseudonym, verified.RecipientPseudonym);
    }

    [Fact]
    public void The_token_is_compact_payload_dot_signature_in_base64url()
    {
        var token = _signer.Sign(Ticket);

        Assert.Matches("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}$", token);
    }

    [Fact]
    public void A_ticket_rewritten_for_someone_else_is_refused()
    {
        var token = _signer.Sign(Ticket);
        var signature = token[(token.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var forged = _signer.Sign(Ticket with { RecipientPseudonym = "someone-else" });
        var forgedPayload = forged[..forged.IndexOf('.', StringComparison.Ordinal)];

        Assert.False(_signer.TryVerify(forgedPayload + "." + signature, out var ticket));
        Assert.Null(ticket);
    }

    [Fact]
    public void Changing_any_single_character_breaks_the_ticket()
    {
        var token = _signer.Sign(Ticket);

        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '.') continue;
            var altered = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.False(_signer.TryVerify(altered, out _), $"altered at {i}: {altered}");
        }
    }

    [Fact]
    public void A_truncated_ticket_is_refused()
    {
        var token = _signer.Sign(Ticket);

        Assert.False(_signer.TryVerify(token[..^1], out _));
        Assert.False(_signer.TryVerify(token[..token.IndexOf('.', StringComparison.Ordinal)], out _));
        Assert.False(_signer.TryVerify(token[..10], out _));
    }

    [Fact]
    public void A_ticket_signed_with_another_key_is_refused()
    {
        var other = new PulseTicketSigner(Encoding.UTF8.GetBytes("another secret, also thirty-two bytes long"));

        Assert.False(_signer.TryVerify(other.Sign(Ticket), out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("abc")]
    [InlineData("abc.")]
    [InlineData(".abc")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    [InlineData("eyJ0ZWFtIjoieCJ9.AAAA")]
    [InlineData("æøå.æøå")]
    [InlineData("   ")]
    public void Garbage_is_refused_without_an_exception(string? token)
    {
        Assert.False(_signer.TryVerify(token, out var ticket));
        Assert.Null(ticket);
    }

    [Fact]
    public void A_huge_token_is_refused() => Assert.False(_signer.TryVerify(new string('A', 1_000_000) + ".AAAA", out _));

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"team\":\"t\",\"period\":\"2026-W48\",\"questions\":[],\"recipient\":\"r\"}")]
    [InlineData("{\"team\":\"t\",\"period\":\"2026-W99\",\"questions\":[\"anchor\"],\"recipient\":\"r\"}")]
    [InlineData("{\"team\":\"t\",\"period\":\"2026-W48\",\"questions\":[\"anchor\"]}")]
    [InlineData("{\"team\":\"t\",\"period\":\"2026-W48\",\"questions\":\"anchor\",\"recipient\":\"r\"}")]
    [InlineData("{\"team\":\"\",\"period\":\"2026-W48\",\"questions\":[\"anchor\"],\"recipient\":\"r\"}")]
    public void A_correctly_signed_payload_that_is_not_a_ticket_is_refused(string payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload);
        var token = Base64Url.EncodeToString(bytes) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(Secret, bytes));

        Assert.False(_signer.TryVerify(token, out _));
    }

    [Fact]
    public void A_short_secret_is_refused() => Assert.Throws<ArgumentException>(() => new PulseTicketSigner(new byte[31]));

    [Fact]
    public void A_ticket_without_questions_cannot_be_signed() =>
        Assert.Throws<ArgumentException>(() => _signer.Sign(Ticket with { QuestionIds = [] }));
}
