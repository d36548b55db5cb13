using System.Net;

namespace TrivselsBot.Hosting;

/// <summary>Without an App ID nobody is authenticated, so the bot may then only listen on and answer the loopback interface.</summary>
public static class LoopbackGuard
{
    public static bool IsLoopbackOnly(IEnumerable<string> urls) => urls.All(IsLoopbackUrl);

    public static bool IsLoopbackUrl(string url)
    {
        var host = url.Split("://", 2) is [_, var rest] ? rest : url;
        host = host.Split('/', 2)[0];
        host = host.StartsWith('[') ? host[1..host.IndexOf(']')] : host.Split(':')[0];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip);
    }

    public static bool IsLoopback(IPAddress? remote) => remote is not null && IPAddress.IsLoopback(remote);
}
