namespace TrivselsBot.Testing;

/// <summary>
/// A real PostgreSQL server. test.sh starts one and passes its connection string in TRIVSELSBOT_TEST_POSTGRES;
/// when that is absent (a test run from an IDE), a throw-away <see cref="PostgresCluster"/> is started here.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Variable = "TRIVSELSBOT_TEST_POSTGRES";

    private PostgresCluster? _cluster;

    public string ConnectionString { get; private set; } = "";

    public static string? BinDirectory => PostgresCluster.BinDirectory;

    public static bool IsAvailable => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } || BinDirectory is not null;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }
        _cluster = await PostgresCluster.StartAsync();
        ConnectionString = _cluster.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}

/// <summary>A fact that needs PostgreSQL: skipped, saying why, only on a machine without its binaries (test.sh installs them).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresServer.IsAvailable) Skip = "PostgreSQL is not installed here (apt-get install postgresql, or run ./test.sh).";
    }
}
