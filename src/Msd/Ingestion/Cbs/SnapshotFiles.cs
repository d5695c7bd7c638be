using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Msd.Ingestion.Cbs;

/// <summary>
/// The files of a snapshot folder: an entity set is one file (RegioS.json) or a folder of pages
/// (TypedDataSet/0.json, 1.json …), each possibly gzip-compressed (.json.gz, as the generator
/// writes at national scale). JSON that does not parse is a Dutch error naming the file.
/// </summary>
internal static class SnapshotFiles
{
    public static bool Exists(string folder, string entitySet) => Pages(folder, entitySet).Count > 0;

    /// <summary>The files of an entity set in page order; empty when the snapshot lacks it.</summary>
    public static IReadOnlyList<string> Pages(string folder, string entitySet)
    {
        foreach (var single in new[] { entitySet + ".json", entitySet + ".json.gz" }.Select(n => Path.Combine(folder, n)))
        {
            if (File.Exists(single))
                return [single];
        }
        var pages = Path.Combine(folder, entitySet);
        if (!Directory.Exists(pages))
            return [];
        return [.. Directory.EnumerateFiles(pages).Where(IsJson).OrderBy(PageNumber).ThenBy(f => f, StringComparer.Ordinal)];
    }

    public static JsonDocument Read(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
            return JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw Damaged(path, $"is geen geldige JSON (regel {(e.LineNumber ?? 0) + 1}, positie {(e.BytePositionInLine ?? 0) + 1})");
        }
        catch (InvalidDataException)
        {
            throw Damaged(path, "is geen geldig gzip-bestand");
        }
    }

    /// <summary>The rows of an OData response: its "value" array.</summary>
    public static JsonElement.ArrayEnumerator Values(JsonDocument document, string path) =>
        document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw Damaged(path, "heeft niet de vorm van een OData-antwoord (een object met een lijst 'value')");

    /// <summary>Every row of every page of an entity set.</summary>
    public static IEnumerable<JsonElement> Rows(string folder, string entitySet)
    {
        foreach (var page in Pages(folder, entitySet))
        {
            using var document = Read(page);
            foreach (var row in Values(document, page))
                yield return row;
        }
    }

    public static string? Text(JsonElement row, string property) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static MsdUserException Damaged(string path, string what) =>
        new($"Het bestand {path} {what}: de momentopname van de CBS-tabel is beschadigd of onvolledig. Haal de tabel opnieuw op met 'msd cbs fetch', of verwijder deze map als de tabel uit een andere bron kwam.");

    private static bool IsJson(string path) => path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".json.gz", StringComparison.Ordinal);

    private static long PageNumber(string path)
    {
        var name = Path.GetFileName(path);
        return long.TryParse(name.AsSpan(0, name.IndexOf('.', StringComparison.Ordinal)), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;
    }
}
