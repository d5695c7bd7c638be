using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Msd.Catalog;

namespace Msd.Ingestion.Cbs;

/// <summary>What a snapshot folder holds, before its rows are read.</summary>
public sealed record CbsSnapshotInfo(string Folder, string TableId, string Api, DateTime FetchedAt, string? FetchedAtNote);

/// <summary>
/// The entry point for the load step: recognise a snapshot folder of a CBS table (fetched by
/// `msd cbs fetch`, or written by the generator), fingerprint it, and turn it into rows of dataset
/// cbs_indicator with the mapping the catalogue declares for its table.
/// </summary>
public static class CbsSnapshots
{
    /// <summary>The columns of <see cref="Rows"/>, in order: those of dataset cbs_indicator without load_id.</summary>
    public static IReadOnlyList<string> Columns => CbsIndicatorRow.Columns;

    /// <summary>
    /// True for a folder with a manifest.json, an OData v3 table (DataProperties and TypedDataSet) or an
    /// OData v4 table (MeasureCodes and Observations); false for a folder whose name starts with '.'
    /// (a fetch still in progress).
    /// </summary>
    public static bool IsSnapshotFolder(string directory) => SnapshotReader.IsSnapshot(directory);

    public static CbsSnapshotInfo Describe(string directory)
    {
        var snapshot = SnapshotReader.Read(directory);
        return new CbsSnapshotInfo(snapshot.Folder, snapshot.TableId, snapshot.Api, snapshot.FetchedAt, snapshot.FetchedAtNote);
    }

    /// <summary>The mapping of the snapshot's table in the catalogue; a Dutch error when the catalogue does not declare the table.</summary>
    public static CbsTableMapping MappingFor(string directory, KpiCatalog catalog)
    {
        var table = Describe(directory).TableId;
        return catalog.CbsTable(table) ?? throw new MsdUserException(
            $"De momentopname in {Path.GetFullPath(directory)} is van CBS-tabel {table}, maar de catalogus ({catalog.Root}) noemt die tabel niet in catalog/cbs. "
            + $"Voeg catalog/cbs/{table.ToLowerInvariant()}.yaml toe (zie docs/cbs.md) of haal de map uit de inbox.");
    }

    /// <summary>
    /// The rows of dataset cbs_indicator in the order of <see cref="Columns"/>. The snapshot is checked
    /// against the mapping first (a Dutch MsdUserException names what is wrong); pages are then read
    /// one at a time while the rows are enumerated.
    /// </summary>
    public static IEnumerable<object?[]> Rows(string directory, CbsTableMapping mapping) =>
        IndicatorRows(directory, mapping).Select(r => r.ToValues());

    /// <summary>The same rows as typed records, for revision tracking and reports.</summary>
    public static IEnumerable<CbsIndicatorRow> IndicatorRows(string directory, CbsTableMapping mapping) =>
        CbsIndicatorRows.From(SnapshotReader.Read(directory), mapping);

    /// <summary>
    /// SHA-256 (lower-case hex) over the snapshot's files in ordinal order of their relative path
    /// ('/' separated): each path, a zero byte, the file's length and bytes. manifest.json is left
    /// out, so the same figures fetched twice have the same hash.
    /// </summary>
    public static string ContentHash(string directory)
    {
        var root = Path.GetFullPath(directory);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (Path: f, Name: Path.GetRelativePath(root, f).Replace('\\', '/')))
            .Where(f => f.Name != SnapshotManifest.FileName)
            .OrderBy(f => f.Name, StringComparer.Ordinal);
        foreach (var (path, name) in files)
        {
            var bytes = File.ReadAllBytes(path);
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData([0]);
            var length = new byte[8];
            BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
