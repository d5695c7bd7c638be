using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Msd.Web.Monitor;
using nietras.SeparatedValues;
using SpreadCheetah;

namespace Msd.Web.Export;

/// <summary>
/// <c>/export/{table}.csv</c> and <c>.xlsx</c>: any table of the monitor as a file, rebuilt from the
/// published values exactly as the page shows it (hidden values stay hidden, with their reason).
/// </summary>
public static class TableExport
{
    public static void MapTableExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/{table}.csv", async (string table, HttpContext context, MonitorData data, IAuthorizationService auth, CancellationToken ct) =>
            await BuildAsync(table, context, data, auth, ct) is { } built ? Results.File(Csv(built), "text/csv; charset=utf-8", FileName(built, "csv")) : Results.NotFound());
        endpoints.MapGet("/export/{table}.xlsx", async (string table, HttpContext context, MonitorData data, IAuthorizationService auth, CancellationToken ct) =>
            await BuildAsync(table, context, data, auth, ct) is { } built
                ? Results.File(await XlsxAsync(built, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(built, "xlsx"))
                : Results.NotFound());
    }

    /// <summary>The table, or null when it does not exist or, for the load log, the visitor may not see it.</summary>
    private static async Task<MonitorTable?> BuildAsync(string table, HttpContext context, MonitorData data, IAuthorizationService auth, CancellationToken ct) =>
        table == MonitorTables.LoadsTable && !(await auth.AuthorizeAsync(context.User, MonitorSetup.DataManagers)).Succeeded
            ? null
            : await MonitorTables.BuildAsync(data, table, context.Request.Query, ct);

    /// <summary>Semicolon-separated with a decimal comma and a byte order mark: what Dutch Excel opens directly.</summary>
    public static byte[] Csv(MonitorTable table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = Sep.New(';').Writer(o => o with { Escape = true, CultureInfo = ValueFormat.Dutch }).To(text))
        {
            writer.Header.Add(table.Columns);
            foreach (var cells in table.Rows)
            {
                using var row = writer.NewRow();
                for (var i = 0; i < table.Columns.Count; i++)
                    row[table.Columns[i]].Set(CellText(cells[i]));
            }
            if (table.Rows.Count == 0)
                writer.Header.Write();
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static async Task<byte[]> XlsxAsync(MonitorTable table, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await using (var sheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken))
        {
            await sheet.StartWorksheetAsync("Tabel", token: cancellationToken);
            var bold = sheet.AddStyle(new SpreadCheetah.Styling.Style { Font = { Bold = true } });
            await sheet.AddRowAsync([new Cell(table.Caption, bold)], cancellationToken);
            await sheet.AddHeaderRowAsync([.. table.Columns], bold, cancellationToken);
            foreach (var cells in table.Rows)
                await sheet.AddRowAsync([.. cells.Select(c => c.Number is { } n && c.HiddenReason is null ? new Cell(n) : new Cell(CellText(c)))], cancellationToken);
            await sheet.FinishAsync(cancellationToken);
        }
        return stream.ToArray();
    }

    private static string CellText(TableCell cell) =>
        cell.HiddenReason ?? (cell.Number is { } n ? n.ToString(ValueFormat.Dutch) : AsText(cell.Text));

    /// <summary>Text that a spreadsheet would take for a formula gets a leading apostrophe.</summary>
    private static string AsText(string text) => text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    private static string FileName(MonitorTable table, string extension) =>
        $"{table.ExportName}{(table.ExportQuery.Length > 0 ? "_" + string.Concat(table.ExportQuery.Split('&').Select(p => p.Split('=').Last())).Replace('%', '_') : "")}.{extension}";
}
