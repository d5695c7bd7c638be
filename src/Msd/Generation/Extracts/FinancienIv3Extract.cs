using System.Globalization;
using System.IO.Compression;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Msd.Generation.Extracts;

/// <summary>
/// The financial ledger per Iv3 taakveld as an Excel workbook per year (catalog/sources/financien-iv3.yaml):
/// the synthetic marker, a title row and an empty row above the header, amounts as number cells in euros.
/// A workbook is a zip archive whose entries carry the time of writing; they get the reference date
/// instead (and no document properties, which hold it too), so the same seed gives the same bytes.
/// </summary>
internal static class FinancienIv3Extract
{
    public const string Sheet = "Taakvelden";

    public static readonly string[] Header = ["Gemeente", "Boekjaar", "Taakveld", "Omschrijving taakveld", "Soort", "Lasten", "Baten"];

    private static readonly Dictionary<string, string> Soort = new(StringComparer.Ordinal)
    {
        ["BP"] = "Begroting primitief",
        ["BW"] = "Begroting na wijziging",
        ["R"] = "Realisatie",
    };

    public static async Task WriteAsync(SyntheticWorld world, ExtractRun run, CancellationToken cancellationToken)
    {
        var municipality = world.Population.Municipality;
        foreach (var year in run.Years())
        {
            var path = run.XlsxPath($"financien_iv3_{municipality.Code}_{year.ToString(CultureInfo.InvariantCulture)}");
            using var workbook = new MemoryStream();
            var options = new SpreadCheetahOptions { CompressionLevel = SpreadCheetahCompressionLevel.Optimal, DocumentProperties = null };
            await using (var spreadsheet = await Spreadsheet.CreateNewAsync(workbook, options, cancellationToken))
                await WriteSheetAsync(spreadsheet, world, year, cancellationToken);
            await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await FixTimestampsAsync(workbook, new DateTimeOffset(year, 12, 31, 0, 0, 0, TimeSpan.Zero), file, cancellationToken);
        }
    }

    private static async Task WriteSheetAsync(Spreadsheet spreadsheet, SyntheticWorld world, int year, CancellationToken cancellationToken)
    {
        var municipality = world.Population.Municipality;
        await spreadsheet.StartWorksheetAsync(Sheet, token: cancellationToken);
        var euro = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("#,##0.00") });
        var bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
        await spreadsheet.AddRowAsync([new Cell(ExtractRun.Marker)], cancellationToken);
        await spreadsheet.AddRowAsync([new Cell($"Lasten en baten per taakveld, boekjaar {year}, gemeente {municipality.Name}", bold)], cancellationToken);
        await spreadsheet.AddRowAsync(Array.Empty<Cell>(), cancellationToken);
        await spreadsheet.AddHeaderRowAsync(Header, bold, cancellationToken);
        foreach (var line in world.Ledger.Where(l => l.Year == year))
        {
            await spreadsheet.AddRowAsync(
            [
                new Cell(municipality.Code), new Cell(line.Year), new Cell(line.Taakveld), new Cell(Iv3Labels.Of(line.Taakveld)),
                new Cell(Soort[line.Soort]), new Cell(line.Lasten / 100m, euro), new Cell(line.Baten / 100m, euro),
            ], cancellationToken);
        }
        await spreadsheet.FinishAsync(cancellationToken);
    }

    private static async Task FixTimestampsAsync(MemoryStream workbook, DateTimeOffset timestamp, Stream output, CancellationToken cancellationToken)
    {
        using (var zip = new ZipArchive(workbook, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
                entry.LastWriteTime = timestamp;
        }
        workbook.Position = 0;
        await workbook.CopyToAsync(output, cancellationToken);
    }
}
