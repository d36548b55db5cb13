namespace TrivselsBot.TableStorage;

internal static class ConnectionStringSettings
{
    public static Dictionary<string, string> Split(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var separator = segment.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                throw new ArgumentException("The table connection string is invalid: every setting must look like Name=Value.", nameof(connectionString));
            }

            var name = segment[..separator].Trim();
            if (!settings.TryAdd(name, segment[(separator + 1)..].Trim()))
            {
                throw new ArgumentException($"The table connection string is invalid: it sets {name} twice.", nameof(connectionString));
            }
        }

        return settings.Count > 0
            ? settings
            : throw new ArgumentException("The table connection string is empty.", nameof(connectionString));
    }
}
