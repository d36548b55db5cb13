namespace TrivselsBot.Demo;

/// <summary>Section "Demo": the demo workplace of the local try (./run.sh sets it; never with a Bot:AppId).</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    /// <summary>Where the Agents Playground's mock Bot Connector listens (run.sh passes it the same with --su).</summary>
    public string ServiceUrl { get; set; } = "http://127.0.0.1:56150/_connector";
}
