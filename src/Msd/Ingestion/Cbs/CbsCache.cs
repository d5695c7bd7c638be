using System.Globalization;

namespace Msd.Ingestion.Cbs;

/// <summary>
/// The snapshots of CBS tables in a workspace: &lt;workspace&gt;/cbs/&lt;table&gt;/&lt;fetch time&gt;/, one folder per
/// fetch that brought changed figures, named by its UTC time (20260501T101500Z), so the previous
/// snapshot stays for revision tracking and the monitor works offline from the last good one. A
/// fetch in progress writes to a folder starting with '.', which is never read.
/// </summary>
public static class CbsCache
{
    public const string FolderName = "cbs";

    public static string Root(string workspaceRoot) => Path.Combine(workspaceRoot, FolderName);

    /// <summary>The complete snapshots of a table (with a manifest), oldest first.</summary>
    public static IReadOnlyList<string> Snapshots(string cacheRoot, string tableId)
    {
        var table = Path.Combine(cacheRoot, tableId);
        if (!Directory.Exists(table))
            return [];
        return [.. Directory.EnumerateDirectories(table)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && File.Exists(Path.Combine(d, SnapshotManifest.FileName)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Every complete snapshot in the cache, for the load step: per table, oldest first.</summary>
    public static IReadOnlyList<string> AllSnapshots(string cacheRoot) =>
        Directory.Exists(cacheRoot)
            ? [.. Directory.EnumerateDirectories(cacheRoot).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal).SelectMany(d => Snapshots(cacheRoot, Path.GetFileName(d)))]
            : [];

    public static string? Latest(string cacheRoot, string tableId) => Snapshots(cacheRoot, tableId) is { Count: > 0 } all ? all[^1] : null;

    /// <summary>A folder name for a new snapshot; a suffix keeps two fetches within one second apart.</summary>
    internal static string NewFolder(string cacheRoot, string tableId, DateTime fetchedAt)
    {
        var stamp = fetchedAt.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var folder = Path.Combine(cacheRoot, tableId, stamp);
        for (var n = 2; Directory.Exists(folder); n++)
            folder = Path.Combine(cacheRoot, tableId, string.Create(CultureInfo.InvariantCulture, $"{stamp}-{n}"));
        return folder;
    }
}
