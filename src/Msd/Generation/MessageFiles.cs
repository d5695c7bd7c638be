using System.Globalization;
using System.IO.Compression;
using Msd.IStandaarden;

namespace Msd.Generation;

/// <summary>
/// Where message files go: one ZIP archive per law, municipality and month of the Dagtekening
/// (berichten/{ijw|iwmo}/{gemeente}/{gemeente}_{jjjj-mm}.zip), holding one XML file per message
/// ({JW301}_{identificatie}.xml), as a month's download from the message exchange looks. Entry
/// timestamps are the Dagtekening, so archives are byte-identical for the same seed.
/// Identificaties are unique per sender and message type.
/// </summary>
internal sealed class MessageFiles(string root, string municipality) : IDisposable
{
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, ZipArchive> _archives = new(StringComparer.Ordinal);

    public long Count { get; private set; }

    /// <summary>The archive and entry of the message written last, for the defect manifest.</summary>
    public (string Archive, string Entry) Last { get; private set; }

    /// <summary>A fresh Identificatie for a message type: the type, then a counter (at most 12 characters).</summary>
    public string NextId(int type)
    {
        var key = type.ToString(CultureInfo.InvariantCulture);
        _counters[key] = _counters.GetValueOrDefault(key) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{type}{_counters[key]:D8}");
    }

    public void Write(Wet wet, int type, DateOnly dagtekening, string identificatie, Action<Stream> write)
    {
        var folder = wet == Wet.Jeugdwet ? "ijw" : "iwmo";
        var archivePath = Path.Combine("berichten", folder, municipality, $"{municipality}_{dagtekening.ToString("yyyy-MM", CultureInfo.InvariantCulture)}.zip");
        if (!_archives.TryGetValue(archivePath, out var archive))
            _archives[archivePath] = archive = new ZipArchive(GeneratedFile.Create(root, archivePath, compress: false), ZipArchiveMode.Create);
        var prefix = wet == Wet.Jeugdwet ? "JW" : "WMO";
        var entry = archive.CreateEntry(string.Create(CultureInfo.InvariantCulture, $"{prefix}{type}_{identificatie}.xml"), CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(dagtekening.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        using (var stream = entry.Open())
            write(stream);
        Count++;
        Last = (archivePath, entry.Name);
    }

    /// <summary>Writes a message through a text change, for injected defects (a wrong code, an old namespace, a cut-off file).</summary>
    public static Action<Stream> Changed(Action<Stream> write, Func<string, string> change) => stream =>
    {
        using var buffer = new MemoryStream();
        write(buffer);
        var bytes = System.Text.Encoding.UTF8.GetBytes(change(System.Text.Encoding.UTF8.GetString(buffer.ToArray())));
        stream.Write(bytes);
    };

    public void Dispose()
    {
        foreach (var archive in _archives.Values)
            archive.Dispose();
        _archives.Clear();
    }
}
