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
        var valid = tableName.Length is >= 3 and <= 63
            && char.IsAsciiLetter(tableName[0])
            && tableName.All(char.IsAsciiLetterOrDigit);
        if (!valid)
        {
            throw new ArgumentException(
                $"'{tableName}' is not a valid table name: use 3 to 63 ASCII letters or digits, starting with a letter.",
                nameof(tableName));
        }
    }
}
