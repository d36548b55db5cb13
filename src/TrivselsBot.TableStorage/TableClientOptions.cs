using Azure.Core;

namespace TrivselsBot.TableStorage;

/// <summary>Transport, retry and diagnostics settings of the table clients.</summary>
public sealed class TableClientOptions : ClientOptions
{
}
