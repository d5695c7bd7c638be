using System.Text.Json;

namespace Msd.Ingestion.Cbs;

/// <summary>
/// manifest.json in a snapshot folder written by `msd cbs fetch`: which table, from which API and
/// address, when, for which regions, and how many pages and rows came in. It is written last, so a
/// folder with a manifest is complete; it is left out of the content hash, so fetching the same
/// figures twice gives the same hash.
/// </summary>
internal sealed record SnapshotManifest(string Table, string Api, string BaseUrl, DateTime FetchedAt, IReadOnlyList<string>? Regions, int Pages, long Rows)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static SnapshotManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            return null;
        try
        {
            var manifest = JsonSerializer.Deserialize<SnapshotManifest>(File.ReadAllBytes(path), Options);
            return manifest is { Table.Length: > 0, Api: "v3" or "v4" }
                ? manifest with { FetchedAt = DateTime.SpecifyKind(manifest.FetchedAt.ToUniversalTime(), DateTimeKind.Utc) }
                : throw SnapshotFiles.Damaged(path, "mist 'table' of heeft een onbekende 'api'");
        }
        catch (JsonException)
        {
            throw SnapshotFiles.Damaged(path, "is geen geldig manifest");
        }
    }

    public void Write(string folder) =>
        File.WriteAllBytes(Path.Combine(folder, FileName), JsonSerializer.SerializeToUtf8Bytes(this, Options));
}
