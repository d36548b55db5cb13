using TrivselsBot.BotConnector.Tests.Infrastructure;

namespace TrivselsBot.BotConnector.Tests;

public sealed class BotTokenValidatorTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string Tenant = "aaaaaaaa-0000-0000-0000-000000000001";
    private const string OtherTenant = "bbbbbbbb-0000-0000-0000-000000000002";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string BotFrameworkIssuer = "https://api.botframework.com";

    private static readonly HttpClient Http = new();
    private static readonly TestSigningKey Current = new("bf-key-1", "msteams", "skype");
    private static readonly TestSigningKey Rotated = new("bf-key-2", "msteams");
    private static readonly TestSigningKey Unpublished = new("bf-key-9", "msteams");
    private static readonly TestSigningKey WebChatOnly = new("bf-key-webchat", "webchat");
    private static readonly TestSigningKey EntraKey = new("entra-key-1");

    // Far from the wall clock, so a validator that read the wall clock would fail every test.
    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2031, 3, 14, 12, 0, 0, TimeSpan.Zero));
    private OpenIdMetadataServer metadata = null!;

    public async Task InitializeAsync()
    {
        metadata = await OpenIdMetadataServer.StartAsync();
        metadata.BotFrameworkKeys = [Current, WebChatOnly];
        metadata.EntraKeys = [EntraKey];
    }

    public async Task DisposeAsync() => await metadata.DisposeAsync();

    [Fact]
    public async Task A_valid_Bot_Framework_token_is_accepted_with_its_claims()
    {
        var outcome = await Validate(Validator(), Token());

        Assert.True(outcome.IsValid, outcome.FailureReason);
        Assert.False(outcome.IsForbidden);
        Assert.Null(outcome.FailureReason);
        Assert.Equal(AppId, outcome.Identity!.FindFirst("aud")!.Value);
        Assert.Equal(ServiceUrl, outcome.Identity.FindFirst("serviceurl")!.Value);
    }

    [Fact]
    public async Task A_token_expired_beyond_the_clock_skew_is_rejected()
    {
        var outcome = await Validate(Validator(), Token(expires: TimeSpan.FromMinutes(-5) - TimeSpan.FromSeconds(1)));

        Assert.False(outcome.IsValid);
        Assert.Contains("expired", outcome.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_token_expired_within_the_clock_skew_is_accepted()
    {
        var outcome = await Validate(Validator(), Token(expires: TimeSpan.FromMinutes(-4)));

        Assert.True(outcome.IsValid, outcome.FailureReason);
    }

    [Fact]
    public async Task A_smaller_clock_skew_is_honoured()
    {
        var outcome = await Validate(Validator(o => o.ClockSkew = TimeSpan.FromSeconds(30)), Token(expires: TimeSpan.FromMinutes(-1)));

        Assert.False(outcome.IsValid);
    }

    [Fact]
    public async Task A_token_not_yet_valid_beyond_the_clock_skew_is_rejected()
    {
        var outcome = await Validate(Validator(), Token(notBefore: TimeSpan.FromMinutes(6), expires: TimeSpan.FromMinutes(60)));

        Assert.False(outcome.IsValid);
        Assert.Contains("not valid before", outcome.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Lifetime_is_judged_by_the_injected_clock()
    {
        var validator = Validator();
        var token = Token();
        Assert.True((await Validate(validator, token)).IsValid);

        clock.Now += TimeSpan.FromHours(1) + TimeSpan.FromMinutes(4);
        Assert.True((await Validate(validator, token)).IsValid);

        clock.Now += TimeSpan.FromMinutes(2);

        Assert.False((await Validate(validator, token)).IsValid);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_rejected()
    {
        var outcome = await Validate(Validator(), Token(audience: "99999999-0000-0000-0000-000000000000"));

        Assert.False(outcome.IsValid);
    }

    [Theory]
    [InlineData("https://evil.example.com")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://sts.windows.net/aaaaaaaa-0000-0000-0000-000000000001/")]
    public async Task A_token_from_an_untrusted_issuer_is_rejected(string issuer)
    {
        var outcome = await Validate(Validator(), Token(issuer: issuer));

        Assert.False(outcome.IsValid);
        Assert.Contains("issuer", outcome.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_token_signed_by_a_key_that_is_not_published_is_rejected()
    {
        var outcome = await Validate(Validator(), Token(Unpublished));

        Assert.False(outcome.IsValid);
        Assert.Contains(Unpublished.Kid, outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_naming_a_published_key_but_signed_by_another_is_rejected()
    {
        var outcome = await Validate(Validator(), Token(Unpublished, kid: Current.Kid));

        Assert.False(outcome.IsValid);
        Assert.Contains("signature", outcome.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_rotated_key_that_appears_after_the_first_fetch_is_picked_up()
    {
        var validator = Validator();
        Assert.True((await Validate(validator, Token(Current))).IsValid);
        Assert.Equal(1, metadata.KeyFetches);

        metadata.BotFrameworkKeys = [Current, Rotated];
        var outcome = await Validate(validator, Token(Rotated));

        Assert.True(outcome.IsValid, outcome.FailureReason);
        Assert.Equal(2, metadata.KeyFetches);
    }

    [Fact]
    public async Task Unknown_key_ids_refresh_the_metadata_at_most_every_five_minutes()
    {
        var validator = Validator();
        Assert.False((await Validate(validator, Token(Unpublished))).IsValid);
        Assert.False((await Validate(validator, Token(Unpublished))).IsValid);
        Assert.Equal(2, metadata.KeyFetches);

        clock.Now += TimeSpan.FromMinutes(5);
        metadata.BotFrameworkKeys = [Current, Unpublished];

        Assert.True((await Validate(validator, Token(Unpublished))).IsValid);
        Assert.Equal(3, metadata.KeyFetches);
    }

    [Fact]
    public async Task Cached_keys_are_reused_until_a_day_has_passed()
    {
        var validator = Validator();
        await Validate(validator, Token());
        clock.Now += TimeSpan.FromHours(23);
        await Validate(validator, Token());
        Assert.Equal(1, metadata.KeyFetches);

        clock.Now += TimeSpan.FromHours(1);
        await Validate(validator, Token());

        Assert.Equal(2, metadata.KeyFetches);
    }

    [Fact]
    public async Task Cached_keys_keep_working_while_the_metadata_is_down()
    {
        var validator = Validator();
        await Validate(validator, Token());
        metadata.Down = true;
        clock.Now += TimeSpan.FromDays(2);

        var outcome = await Validate(validator, Token());

        Assert.True(outcome.IsValid, outcome.FailureReason);
    }

    [Fact]
    public async Task A_key_endorsed_only_for_another_channel_is_rejected()
    {
        var outcome = await Validate(Validator(), Token(WebChatOnly));

        Assert.False(outcome.IsValid);
        Assert.Contains("endorsed", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea")]
    [InlineData("HTTPS://SMBA.trafficmanager.net/EMEA/")]
    public async Task The_serviceurl_claim_matches_ignoring_case_and_a_trailing_slash(string claimed)
    {
        var outcome = await Validate(Validator(), Token(serviceUrl: claimed));

        Assert.True(outcome.IsValid, outcome.FailureReason);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://evil.example.com/emea/")]
    [InlineData(null)]
    public async Task A_serviceurl_claim_that_differs_from_the_activity_or_is_missing_is_rejected(string? claimed)
    {
        var outcome = await Validate(Validator(), Token(serviceUrl: claimed));

        Assert.False(outcome.IsValid);
        Assert.Contains("serviceurl", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Negotiate abc")]
    public async Task A_missing_or_non_Bearer_Authorization_header_is_rejected(string? header)
    {
        var outcome = await Validator().ValidateAsync(header, Activity(), CancellationToken.None);

        Assert.False(outcome.IsValid);
        Assert.False(outcome.IsForbidden);
        Assert.Equal(0, metadata.KeyFetches);
    }

    [Fact]
    public async Task The_scheme_is_case_insensitive()
    {
        var outcome = await Validator().ValidateAsync("bearer " + Token(), Activity(), CancellationToken.None);

        Assert.True(outcome.IsValid, outcome.FailureReason);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOg.e30.c2ln")]
    [InlineData("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.")]
    public async Task A_garbage_or_unsigned_token_is_rejected(string token)
    {
        var outcome = await Validate(Validator(), token);

        Assert.False(outcome.IsValid);
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0")]
    [InlineData("https://sts.windows.net/" + Tenant + "/")]
    public async Task An_Entra_ID_token_of_the_configured_tenant_is_accepted(string issuer)
    {
        var outcome = await Validate(Validator(o => o.TenantId = Tenant), Token(EntraKey, issuer: issuer, serviceUrl: null));

        Assert.True(outcome.IsValid, outcome.FailureReason);
    }

    [Fact]
    public async Task An_Entra_ID_token_is_rejected_when_no_tenant_is_configured()
    {
        var outcome = await Validate(Validator(), Token(EntraKey, issuer: $"https://login.microsoftonline.com/{Tenant}/v2.0"));

        Assert.False(outcome.IsValid);
    }

    [Fact]
    public async Task An_Entra_ID_token_of_another_tenant_is_rejected()
    {
        var outcome = await Validate(Validator(o => o.TenantId = Tenant), Token(EntraKey, issuer: $"https://login.microsoftonline.com/{OtherTenant}/v2.0"));

        Assert.False(outcome.IsValid);
    }

    [Fact]
    public async Task An_Entra_ID_issuer_does_not_make_Bot_Framework_keys_trusted()
    {
        var outcome = await Validate(Validator(o => o.TenantId = Tenant), Token(Current, issuer: $"https://login.microsoftonline.com/{Tenant}/v2.0"));

        Assert.False(outcome.IsValid);
    }

    [Fact]
    public async Task A_tenant_outside_the_allow_list_is_forbidden()
    {
        var outcome = await Validate(Validator(o => o.AllowedTenants = [OtherTenant]), Token());

        Assert.False(outcome.IsValid);
        Assert.True(outcome.IsForbidden);
        Assert.Contains(Tenant, outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_without_a_tenant_is_forbidden_when_tenants_are_restricted()
    {
        var outcome = await Validate(Validator(o => o.AllowedTenants = [Tenant]), Token(), Activity(tenant: null));

        Assert.True(outcome.IsForbidden);
    }

    [Fact]
    public async Task A_tenant_on_the_allow_list_is_accepted_also_when_only_channel_data_names_it()
    {
        var activity = Activity(tenant: null);
        activity.ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = Tenant.ToUpperInvariant() } };

        var outcome = await Validate(Validator(o => o.AllowedTenants = [OtherTenant, Tenant]), Token(), activity);

        Assert.True(outcome.IsValid, outcome.FailureReason);
    }

    [Fact]
    public async Task A_token_is_only_forbidden_after_it_is_proven_valid()
    {
        var outcome = await Validate(Validator(o => o.AllowedTenants = [OtherTenant]), Token(audience: "someone-else"));

        Assert.False(outcome.IsForbidden);
    }

    [Fact]
    public async Task An_unreachable_metadata_server_makes_the_token_invalid_without_throwing()
    {
        var down = new Uri(LocalHttpServer.UnusedAddress(), "v1/.well-known/openidconfiguration").ToString();

        var outcome = await Validate(Validator(o => o.OpenIdMetadataUrl = down), Token());

        Assert.False(outcome.IsValid);
        Assert.False(outcome.IsForbidden);
        Assert.Contains("metadata", outcome.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Metadata_over_plain_HTTP_is_refused_by_default()
    {
        var outcome = await Validate(Validator(o => o.RequireHttpsMetadata = true), Token());

        Assert.False(outcome.IsValid);
        Assert.Equal(0, metadata.KeyFetches);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-1)]
    public void A_clock_skew_outside_zero_to_five_minutes_is_refused(int seconds)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Validator(o => o.ClockSkew = TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void An_app_id_is_required()
    {
        Assert.Throws<ArgumentException>(() => Validator(o => o.AppId = " "));
    }

    private BotTokenValidator Validator(Action<BotAuthenticationOptions>? configure = null)
    {
        var options = new BotAuthenticationOptions
        {
            AppId = AppId,
            OpenIdMetadataUrl = metadata.BotFrameworkMetadataUrl,
            EntraOpenIdMetadataUrlTemplate = metadata.EntraMetadataUrlTemplate,
            RequireHttpsMetadata = false,
        };
        configure?.Invoke(options);
        return new BotTokenValidator(options, Http, clock);
    }

    /// <summary>A token valid from five minutes ago for an hour unless told otherwise.</summary>
    private string Token(
        TestSigningKey? key = null,
        string issuer = BotFrameworkIssuer,
        string audience = AppId,
        TimeSpan? notBefore = null,
        TimeSpan? expires = null,
        string? serviceUrl = ServiceUrl,
        string? kid = null) =>
        (key ?? Current).Mint(
            issuer,
            audience,
            clock.Now + (notBefore ?? TimeSpan.FromMinutes(-5)),
            clock.Now + (expires ?? TimeSpan.FromMinutes(60)),
            serviceUrl,
            kid);

    private static Activity Activity(string? tenant = Tenant) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = "a:1", TenantId = tenant },
    };

    private static Task<TokenValidationOutcome> Validate(BotTokenValidator validator, string token, Activity? activity = null) =>
        validator.ValidateAsync("Bearer " + token, activity ?? Activity(), CancellationToken.None);
}
