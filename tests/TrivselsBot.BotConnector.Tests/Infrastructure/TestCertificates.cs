using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TrivselsBot.BotConnector.Tests.Infrastructure;

public static class TestCertificates
{
    /// <summary>A self-signed RSA certificate with its private key, valid from <paramref name="validFrom"/> (default: yesterday) for 30 days.</summary>
    public static X509Certificate2 SelfSigned(DateTimeOffset? validFrom = null)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=TrivselsBot test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var from = validFrom ?? DateTimeOffset.UtcNow.AddDays(-1);
        return request.CreateSelfSigned(from, from.AddDays(30));
    }

    /// <summary>The certificate without its private key.</summary>
    public static X509Certificate2 PublicPart(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
}
