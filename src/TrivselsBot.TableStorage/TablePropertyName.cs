namespace TrivselsBot.TableStorage;

/// <summary>Property names must be C#-style identifiers of up to 255 characters.</summary>
internal static class TablePropertyName
{
    public const string PartitionKey = "PartitionKey";
    public const string RowKey = "RowKey";
    public const string Timestamp = "Timestamp";

    public static bool IsSystem(string name) => name is PartitionKey or RowKey or Timestamp;

    public static void Validate(string name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        var valid = name.Length is > 0 and <= 255
            && (char.IsLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsLetterOrDigit(c) || c == '_');
        if (!valid)
        {
            throw new ArgumentException(
                $"'{name}' is not a valid property name: use up to 255 letters, digits or underscores, not starting with a digit.",
                paramName);
        }
    }
}
