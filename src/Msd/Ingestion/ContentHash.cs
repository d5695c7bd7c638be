using System.Security.Cryptography;
using System.Text;

namespace Msd.Ingestion;

/// <summary>
/// The SHA-256 of what a delivery holds: the file's bytes, a ZIP entry's content, or every file of a
/// snapshot folder with its name. The same content again is recognised and not loaded twice.
/// </summary>
public static class ContentHash
{
    public static string Of(Delivery delivery)
    {
        if (delivery.Kind == DeliveryKind.Cbs)
            return Cbs.CbsSnapshots.ContentHash(delivery.Path);
        if (File.Exists(delivery.Path))
        {
            using var stream = File.OpenRead(delivery.Path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var document in delivery.Documents())
        {
            hash.AppendData(Encoding.UTF8.GetBytes(document.Position + "\n"));
            using var stream = document.OpenRaw();
            int read;
            while ((read = stream.Read(buffer)) > 0)
                hash.AppendData(buffer, 0, read);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
