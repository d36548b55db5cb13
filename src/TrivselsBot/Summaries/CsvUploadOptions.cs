namespace TrivselsBot.Summaries;

/// <summary>
/// Where the summary CSV may be uploaded (section "CsvUpload"). Teams hands the bot a OneDrive upload session in the
/// file consent invoke; only https addresses on SharePoint's hosts are used. <see cref="ExtraHosts"/> adds exact host
/// names (a sovereign cloud's, or a loopback test server, which may then use http).
/// </summary>
public sealed class CsvUploadOptions
{
    public const string Section = "CsvUpload";

    private static readonly string[] SharePointSuffixes = [".sharepoint.com", ".sharepoint.us", ".sharepoint-mil.us", ".sharepoint.de", ".sharepoint.cn"];

    public List<string> ExtraHosts { get; set; } = [];

    public bool Allows(Uri address)
    {
        if (ExtraHosts.Contains(address.Host, StringComparer.OrdinalIgnoreCase)) return address.Scheme == Uri.UriSchemeHttps || address.IsLoopback;
        return address.Scheme == Uri.UriSchemeHttps && SharePointSuffixes.Any(s => address.Host.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
