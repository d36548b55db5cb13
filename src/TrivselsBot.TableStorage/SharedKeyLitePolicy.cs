using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TrivselsBot.TableStorage;

/// <summary>
/// Signs each attempt with the Table service's SharedKeyLite scheme:
/// HMAC-SHA256 over <c>x-ms-date + "\n" + "/" + account + encoded URI path</c>.
/// </summary>
internal sealed class SharedKeyLitePolicy(string accountName, byte[] accountKey) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var date = DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
        message.Request.Headers.SetValue("x-ms-date", date);
        var signature = Sign(accountKey, StringToSign(accountName, date, message.Request.Uri.ToUri()));
        message.Request.Headers.SetValue(HttpHeader.Names.Authorization, $"SharedKeyLite {accountName}:{signature}");
    }

    internal static string StringToSign(string accountName, string date, Uri uri) => $"{date}\n/{accountName}{uri.AbsolutePath}";

    internal static string Sign(byte[] accountKey, string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(stringToSign)));
}
