namespace TrivselsBot.Storage;

public static class TableKeys
{
    /// <summary>
    /// Makes any id (Teams ids hold ':' '@' ';' and sometimes '/') safe as a PartitionKey or RowKey,
    /// which must not contain '/', '\', '#', '?' or control characters. Reversible and unique.
    /// </summary>
    public static string Escape(string id) => Uri.EscapeDataString(id);

    /// <summary>Azure allows keys of up to 1 KiB; counted here in UTF-16 code units.</summary>
    public const int MaxKeyLength = 1024;

    /// <summary>Whether the service accepts <paramref name="key"/> as a PartitionKey or RowKey (the SDK does not check before sending).</summary>
    public static bool IsValid(string key) =>
        key.Length <= MaxKeyLength && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
}
