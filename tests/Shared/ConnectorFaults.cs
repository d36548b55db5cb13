using System.Diagnostics;

namespace TrivselsBot.Testing;

/// <summary>
/// What a <see cref="TeamsLimitsConnector"/> does wrong on purpose to creates and 1:1 sends: a 429 burst with
/// Retry-After starting at every <see cref="BurstEvery"/>-th request (every request in it is refused), and, at random
/// (seeded), a 500 for <see cref="ServerErrorShare"/> of them and a cut connection for <see cref="DropShare"/>. A fault
/// always comes before the request does anything, so a refused request delivered nothing. No user gets more than
/// <see cref="MostPerUser"/> 500s and cuts together: a sender that gives up after that many tries may lose them.
/// </summary>
public sealed class ConnectorFaults(int seed)
{
    private readonly Lock _gate = new();
    private readonly Random _random = new(seed);
    private readonly Dictionary<string, int> _perUser = new(StringComparer.Ordinal);
    private long _burstUntil;
    private int _seen;
    private int _serverErrors;
    private int _drops;
    private int _burstThrottled;
    private int _bursts;

    public double ServerErrorShare { get; init; }

    public double DropShare { get; init; }

    public int MostPerUser { get; init; } = 2;

    /// <summary>0: no bursts.</summary>
    public int BurstEvery { get; init; }

    public TimeSpan BurstLength { get; init; } = TimeSpan.FromSeconds(2);

    public int BurstRetryAfterSeconds { get; init; } = 2;

    public int ServerErrors => Volatile.Read(ref _serverErrors);

    public int Drops => Volatile.Read(ref _drops);

    public int Bursts => Volatile.Read(ref _bursts);

    /// <summary>429s answered within bursts.</summary>
    public int BurstThrottled => Volatile.Read(ref _burstThrottled);

    /// <summary>The fault for this request of <paramref name="userId"/>, or null to serve it (within the limits).</summary>
    internal ConnectorFault? Next(string userId)
    {
        var now = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            _seen++;
            if (BurstEvery > 0 && _seen % BurstEvery == 0)
            {
                _burstUntil = now + (long)(BurstLength.TotalSeconds * Stopwatch.Frequency);
                _bursts++;
            }
            if (now < _burstUntil)
            {
                _burstThrottled++;
                return ConnectorFault.Throttle;
            }

            var roll = _random.NextDouble();
            var fault = roll < ServerErrorShare ? ConnectorFault.ServerError : roll < ServerErrorShare + DropShare ? ConnectorFault.Drop : (ConnectorFault?)null;
            if (fault is null || _perUser.GetValueOrDefault(userId) >= MostPerUser) return null;
            _perUser[userId] = _perUser.GetValueOrDefault(userId) + 1;
            if (fault == ConnectorFault.ServerError) _serverErrors++;
            else _drops++;
            return fault;
        }
    }
}

internal enum ConnectorFault
{
    Throttle,
    ServerError,
    Drop,
}
