using System.Globalization;

namespace Msd.Ingestion.Cbs;

/// <summary>
/// Opens a snapshot folder of either API. A folder fetched by `msd cbs fetch` has a manifest with
/// the fetch time; a folder without one (such as the generator's) gets the time its metadata file
/// was written, and the snapshot says so.
/// </summary>
internal static class SnapshotReader
{
    /// <summary>A folder whose name starts with '.' is a fetch in progress (or hidden) and never a snapshot.</summary>
    public static bool IsSnapshot(string folder) =>
        Directory.Exists(folder) && !Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))).StartsWith('.') && (File.Exists(Path.Combine(folder, SnapshotManifest.FileName)) || V3SnapshotReader.IsV3(folder) || V4SnapshotReader.IsV4(folder));

    public static CbsSnapshot Read(string folder)
    {
        folder = Path.GetFullPath(folder);
        if (!Directory.Exists(folder))
            throw new MsdUserException($"De map {folder} bestaat niet; geef de map van een momentopname van een CBS-tabel op.");
        var manifest = SnapshotManifest.Read(folder);
        var api = manifest?.Api ?? (V3SnapshotReader.IsV3(folder) ? "v3" : V4SnapshotReader.IsV4(folder) ? "v4" : null)
            ?? throw new MsdUserException($"De map {folder} is geen momentopname van een CBS-tabel: er staat geen manifest.json, geen DataProperties met TypedDataSet (OData v3) en geen MeasureCodes met Observations (OData v4) in.");
        var (fetchedAt, note) = manifest is not null ? (manifest.FetchedAt, (string?)null) : Estimate(folder, api);
        return api == "v3"
            ? V3SnapshotReader.Read(folder, manifest?.Table, fetchedAt, note)
            : V4SnapshotReader.Read(folder, manifest?.Table, fetchedAt, note);
    }

    /// <summary>No manifest: the time the metadata file was written stands in for the fetch time, to the second.</summary>
    private static (DateTime, string) Estimate(string folder, string api)
    {
        var file = SnapshotFiles.Pages(folder, api == "v3" ? "DataProperties" : "MeasureCodes")[0];
        var written = File.GetLastWriteTimeUtc(file);
        var time = new DateTime(written.Ticks - (written.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var shown = time.ToLocalTime().ToString("d-M-yyyy HH:mm:ss", CultureInfo.GetCultureInfo("nl-NL"));
        return (time, $"Geen {SnapshotManifest.FileName} in {folder}: als ophaalmoment geldt de tijd waarop {Path.GetFileName(file)} is geschreven ({shown}), niet een echte ophaaltijd.");
    }
}
