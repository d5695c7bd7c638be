using Msd.Catalog;

namespace Msd.Ingestion.Cbs;

/// <summary>The result of fetching one table into the workspace cache.</summary>
public sealed record CbsFetchResult(StatLineDownload Download, string Snapshot, bool Unchanged, string? Previous, CbsRevisionReport? Revisions, string? RevisionNote);

/// <summary>
/// `msd cbs fetch` for one table: download into a hidden folder, then keep it as the newest
/// snapshot, or drop it when its content equals the previous snapshot (nothing doubled). Every row
/// is read before the snapshot is kept, so the newest snapshot is always one the load step can read. A changed
/// table is compared with the previous snapshot figure by figure (revision tracking). A failed
/// download leaves nothing behind.
/// </summary>
public static class CbsFetch
{
    public static async Task<CbsFetchResult> RunAsync(
        StatLineClient client, CbsTableMapping table, string cacheRoot, IReadOnlyList<string>? regions, TimeProvider time, CancellationToken cancellationToken)
    {
        var fetchedAt = time.GetUtcNow().UtcDateTime;
        var fetchedAtSecond = new DateTime(fetchedAt.Ticks - (fetchedAt.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var final = CbsCache.NewFolder(cacheRoot, table.Table, fetchedAtSecond);
        var partial = Path.Combine(cacheRoot, table.Table, "." + Path.GetFileName(final) + ".bezig");
        if (Directory.Exists(partial))
            Directory.Delete(partial, recursive: true);
        StatLineDownload download;
        List<CbsIndicatorRow> rows;
        try
        {
            download = await TableDownload.RunAsync(client, table, regions, partial, fetchedAtSecond, cancellationToken);
            // read every row now: a snapshot the load step could not read never becomes the newest one
            rows = [.. CbsSnapshots.IndicatorRows(partial, table)];
        }
        catch
        {
            if (Directory.Exists(partial))
                Directory.Delete(partial, recursive: true);
            throw;
        }

        var previous = CbsCache.Latest(cacheRoot, table.Table);
        if (previous is not null && CbsSnapshots.ContentHash(previous) == CbsSnapshots.ContentHash(partial))
        {
            Directory.Delete(partial, recursive: true);
            return new CbsFetchResult(download with { Folder = previous }, previous, Unchanged: true, previous, null, null);
        }
        Directory.Move(partial, final);
        var (revisions, note) = previous is null ? (null, null) : Compare(previous, rows, table);
        return new CbsFetchResult(download with { Folder = final }, final, Unchanged: false, previous, revisions, note);
    }

    /// <summary>The revisions since the previous snapshot; when that one cannot be read with today's mapping, a note says why.</summary>
    private static (CbsRevisionReport?, string?) Compare(string previous, IReadOnlyList<CbsIndicatorRow> current, CbsTableMapping table)
    {
        try
        {
            return (CbsRevisions.Compare(CbsSnapshots.IndicatorRows(previous, table), current), null);
        }
        catch (MsdUserException e)
        {
            return (null, "Geen vergelijking met de vorige momentopname: " + e.Message);
        }
    }
}
