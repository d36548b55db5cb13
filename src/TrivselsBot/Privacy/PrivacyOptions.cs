using System.ComponentModel.DataAnnotations;

namespace TrivselsBot.Privacy;

public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>k: no figure is ever shown that rests on fewer answers than this. Never under 3.</summary>
    [Range(3, 1000)]
    public int MinimumGroupSize { get; set; } = 5;
}
