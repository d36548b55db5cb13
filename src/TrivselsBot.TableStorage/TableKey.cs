namespace TrivselsBot.TableStorage;

/// <summary>The Table service's rules for keys and table names, checked before anything is sent.</summary>
public static class TableKey
{
    /// <summary>Azure allows keys of up to 1 KiB; counted here in UTF-16 code units.</summary>
    public const int MaxLength = 1024;

    public static void Validate(string key, string paramName)
    {
        ArgumentNullException.ThrowIfNull(key, paramName);
        if (key.Length > MaxLength)
        {
            throw new TableKeyException($"A table key may be at most {MaxLength} characters long; this one has {key.Length}.", paramName);
        }

        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?')
            {
                throw new TableKeyException($"A table key may not contain '{c}'.", paramName);
            }

            if (char.IsControl(c))
            {
                throw new TableKeyException($"A table key may not contain the control character U+{(int)c:X4}.", paramName);
            }
        }
    }

    /// <summary>Table names are 3–63 ASCII letters or digits, starting with a letter.</summary>
    public static void ValidateTableName(string tableName)
    {
        ArgumentNullException.ThrowIfNull(tableName);
        if (tableName.Length is < 3 or > 63 || !IsLettersAndDigitsFromALetter(tableName))
        {
            throw new ArgumentException(
                $"'{tableName}' is not a valid table name: use 3 to 63 ASCII letters or digits, starting with a letter.",
                nameof(tableName));
        }
    }

    /// <summary>A table-name prefix: null or empty for none, else ASCII letters and digits starting with a letter, leaving room for a name of 3.</summary>
    public static bool IsValidTablePrefix(string? prefix) =>
        string.IsNullOrEmpty(prefix) || (prefix.Length <= 60 && IsLettersAndDigitsFromALetter(prefix));

    public static void ValidateTablePrefix(string? prefix)
    {
        if (!IsValidTablePrefix(prefix))
        {
            throw new ArgumentException(
                $"'{prefix}' is not a valid table-name prefix: use at most 60 ASCII letters or digits, starting with a letter.",
                nameof(prefix));
        }
    }

    private static bool IsLettersAndDigitsFromALetter(string name) =>
        char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);
}
