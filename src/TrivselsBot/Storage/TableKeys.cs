namespace TrivselsBot.Storage;

public static class TableKeys
{
    /// <summary>
    /// Makes any id (Teams ids hold ':' '@' ';' and sometimes '/') safe as a PartitionKey or RowKey,
    /// which must not contain '/', '\', '#', '?' or control characters. Reversible and unique.
    /// </summary>
    public static string Escape(string id) => Uri.EscapeDataString(id);
}
