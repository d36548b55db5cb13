using System.Text.RegularExpressions;

namespace TrivselsBot.CheckIns;

/// <summary>
/// Removes what would point straight at a person from a free-text comment: e-mail addresses, Danish phone numbers and
/// CPR numbers. Names cannot be found reliably; the card asks people not to write them.
/// </summary>
public static partial class CommentScrubber
{
    public const string Replacement = "[fjernet]";

    public static string Scrub(string comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        var scrubbed = Email().Replace(comment, Replacement);
        scrubbed = Cpr().Replace(scrubbed, Replacement);
        return Phone().Replace(scrubbed, Replacement);
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Email();

    /// <summary>DDMMYY-XXXX, DDMMYY XXXX or DDMMYYXXXX with a plausible day and month, not part of a longer number.</summary>
    [GeneratedRegex(@"(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[ -]?\d{4}(?!\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Cpr();

    /// <summary>
    /// Eight digits, first 2-9 (Danish numbers never start with 0 or 1), grouped 2-2-2-2, 4-4 or not at all, optionally
    /// after +45 or 0045. Other groupings are left alone, so a date like 24-12-2024 survives; "2023-2024" has the 4-4
    /// shape but is far more often a span of years, so it survives too.
    /// </summary>
    [GeneratedRegex(@"(?<![\d+])((\+|00)45[ -]?)?(?!(19|20)\d\d[ -](19|20)\d\d(?!\d))[2-9]\d(\d{6}|[ -]\d\d[ -]\d\d[ -]\d\d|\d\d[ -]\d{4})(?!\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Phone();
}
