namespace TrivselsBot.AmrContact;

/// <summary>Section "AmrContact": the offer to be contacted by the team's arbejdsmiljørepræsentant after a violence, threat or krænkelse signal.</summary>
public sealed class AmrContactOptions
{
    public const string Section = "AmrContact";

    /// <summary>The consent card comes after a random delay between these, so its arrival does not mark the moment of the answer.</summary>
    public TimeSpan MinimumDelay { get; set; } = TimeSpan.FromMinutes(2);
    public TimeSpan MaximumDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Said instead when the team has no AMR in its TRIO setup: whom to contact.</summary>
    public string FallbackText { get; set; } =
        "Jeres team har ingen arbejdsmiljørepræsentant i TrivselsBot. Tal med din leder, din tillidsrepræsentant eller arbejdsmiljøorganisationen – eller følg arbejdspladsens retningslinjer for vold, trusler og krænkelser.";

    /// <summary>Optional https link beside <see cref="FallbackText"/> (e.g. the intranet's page on vold og trusler).</summary>
    public string? FallbackUrl { get; set; }
}
