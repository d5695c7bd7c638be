using System.IO.Compression;

namespace Msd.Ingestion;

/// <summary>
/// One document to read: a file as it is, a .gz file decompressed, or an entry of a ZIP archive.
/// <see cref="Position"/> names it inside its delivery (the entry name; empty for a plain file).
/// </summary>
public sealed record InputDocument(string Name, string Position, Func<Stream> OpenRaw)
{
    /// <summary>The name without a trailing .gz, which is what the content is.</summary>
    public string ContentName => Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? Name[..^3] : Name;

    public string Extension => Path.GetExtension(ContentName).ToLowerInvariant();

    /// <summary>The content as a stream, decompressed when the name ends in .gz.</summary>
    public Stream Open()
    {
        var raw = OpenRaw();
        if (!Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            return raw;
        // GZipStream ends quietly at a truncated end; the trailer's length tells whether all arrived
        uint? expected = null;
        if (raw.CanSeek && raw.Length >= 4)
        {
            Span<byte> trailer = stackalloc byte[4];
            raw.Seek(-4, SeekOrigin.End);
            raw.ReadExactly(trailer);
            raw.Seek(0, SeekOrigin.Begin);
            expected = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        }
        return new CheckedGZipStream(new GZipStream(raw, CompressionMode.Decompress), expected);
    }

    public static InputDocument FromFile(string path) =>
        new(Path.GetFileName(path), "", () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));
}
