using System.Diagnostics;
using System.Globalization;
using Msd.Catalog;

namespace Msd.Ingestion.Cbs;

/// <summary>What one download brought in: the snapshot folder, its data pages and rows, and how long it took.</summary>
public sealed record StatLineDownload(string Folder, string TableId, string Api, int Pages, long Rows, TimeSpan Duration);

/// <summary>
/// Downloads one table into a snapshot folder, every response saved as received: the metadata
/// first, then (after checking the mapping against it, so a measure the table lacks stops the fetch
/// before the data comes in) the data pages, and the manifest last.
/// </summary>
internal static class TableDownload
{
    public static async Task<StatLineDownload> RunAsync(
        StatLineClient client, CbsTableMapping table, IReadOnlyList<string>? regions, string folder, DateTime fetchedAt, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(folder);
        var (pages, rows) = table.Api == "v4"
            ? await V4Async(client, table, regions, folder, cancellationToken)
            : await V3Async(client, table, regions, folder, cancellationToken);
        new SnapshotManifest(table.Table, table.Api, client.Endpoints.BaseFor(table.Api).AbsoluteUri, fetchedAt, regions, pages, rows).Write(folder);
        return new StatLineDownload(folder, table.Table, table.Api, pages, rows, clock.Elapsed);
    }

    private static async Task<(int, long)> V3Async(StatLineClient client, CbsTableMapping table, IReadOnlyList<string>? regions, string folder, CancellationToken cancellationToken)
    {
        await SaveAsync(client, "v3", table.Table, folder, "TableInfos", tableRequest: true, paged: false, cancellationToken);
        await SaveAsync(client, "v3", table.Table, folder, "DataProperties", tableRequest: false, paged: false, cancellationToken);
        foreach (var dimension in V3SnapshotReader.Read(folder, table.Table, default, null).Dimensions)
            await SaveAsync(client, "v3", table.Table, folder, dimension, tableRequest: false, paged: true, cancellationToken);
        CbsMappingCheck.Run(V3SnapshotReader.Read(folder, table.Table, default, null), table);

        var filter = StatLineFilter.V3(table, regions);
        Uri Page(long skip) => client.Endpoints.EntitySet("v3", table.Table, "TypedDataSet", Query(filter, skip));
        return await client.PagesAsync("v3", table.Table, Page(0), tableRequest: false, Page, (bytes, page) => WritePage(folder, "TypedDataSet", page, bytes), cancellationToken);
    }

    private static async Task<(int, long)> V4Async(StatLineClient client, CbsTableMapping table, IReadOnlyList<string>? regions, string folder, CancellationToken cancellationToken)
    {
        await SaveAsync(client, "v4", table.Table, folder, "Properties", tableRequest: true, paged: false, cancellationToken);
        await SaveAsync(client, "v4", table.Table, folder, "Dimensions", tableRequest: false, paged: false, cancellationToken);
        await SaveAsync(client, "v4", table.Table, folder, "MeasureCodes", tableRequest: false, paged: false, cancellationToken);
        foreach (var dimension in SnapshotFiles.Rows(folder, "Dimensions").Select(r => SnapshotFiles.Text(r, "Identifier")).OfType<string>().ToList())
            await SaveAsync(client, "v4", table.Table, folder, dimension + "Codes", tableRequest: false, paged: false, cancellationToken);
        CbsMappingCheck.Run(V4SnapshotReader.Read(folder, table.Table, default, null), table);

        var filter = StatLineFilter.V4(table, regions);
        var first = client.Endpoints.EntitySet("v4", table.Table, "Observations", filter is null ? [] : [("$filter", filter)]);
        return await client.PagesAsync("v4", table.Table, first, tableRequest: false, skip: null, (bytes, page) => WritePage(folder, "Observations", page, bytes), cancellationToken);
    }

    /// <summary>A metadata set: one file when it fits on one page, else a folder of pages.</summary>
    private static async Task SaveAsync(StatLineClient client, string api, string table, string folder, string entitySet, bool tableRequest, bool paged, CancellationToken cancellationToken)
    {
        var pages = new List<byte[]>();
        Uri Page(long skip) => client.Endpoints.EntitySet(api, table, entitySet, paged ? Query(null, skip) : []);
        await client.PagesAsync(api, table, Page(0), tableRequest, paged ? Page : null, (bytes, _) =>
        {
            pages.Add(bytes);
            return Task.CompletedTask;
        }, cancellationToken);
        if (pages.Count == 1)
            await File.WriteAllBytesAsync(Path.Combine(folder, entitySet + ".json"), pages[0], cancellationToken);
        else
            await Task.WhenAll(pages.Select((bytes, page) => WritePage(folder, entitySet, page, bytes)));
    }

    private static IEnumerable<(string, string)> Query(string? filter, long skip)
    {
        if (filter is not null)
            yield return ("$filter", filter);
        yield return ("$top", StatLineClient.V3PageSize.ToString(CultureInfo.InvariantCulture));
        yield return ("$skip", skip.ToString(CultureInfo.InvariantCulture));
    }

    private static Task WritePage(string folder, string entitySet, int page, byte[] bytes)
    {
        var pages = Path.Combine(folder, entitySet);
        Directory.CreateDirectory(pages);
        return File.WriteAllBytesAsync(Path.Combine(pages, page.ToString(CultureInfo.InvariantCulture) + ".json"), bytes);
    }
}
