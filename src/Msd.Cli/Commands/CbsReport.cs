using System.Globalization;
using Msd.Ingestion.Cbs;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>Renders the result of `msd cbs fetch`: per table rows, pages, duration and what changed.</summary>
internal static class CbsReport
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static void Write(IAnsiConsole console, IReadOnlyList<CbsFetchResult> results, string cache)
    {
        if (results.Count == 0)
            return;
        var table = new Table().AddColumns(
            new TableColumn("Tabel"), new TableColumn("API"), new TableColumn("Rijen").RightAligned(), new TableColumn("Pagina's").RightAligned(),
            new TableColumn("Duur").RightAligned(), new TableColumn("Resultaat"));
        foreach (var result in results)
        {
            var download = result.Download;
            table.AddRow(
                Markup.Escape(download.TableId),
                download.Api,
                download.Rows.ToString("N0", Dutch),
                download.Pages.ToString("N0", Dutch),
                download.Duration.TotalSeconds.ToString("N1", Dutch) + " s",
                Markup.Escape(Outcome(result)));
        }
        console.Write(table);
        foreach (var note in results.Select(r => r.RevisionNote).OfType<string>())
            console.MarkupLine("[yellow]Let op:[/] " + Markup.Escape(note));
        console.MarkupLine($"De momentopnamen staan in [bold]{Markup.Escape(cache)}[/]; de inlees-stap laadt ze in dataset cbs_indicator.");
    }

    private static string Outcome(CbsFetchResult result) => result switch
    {
        { Unchanged: true } => "ongewijzigd sinds de vorige keer; niets bewaard",
        { Download.Rows: 0 } => "geen cijfers voor de gevraagde regio's (controleer --region of gebruik --all-regions): " + Path.GetFileName(result.Snapshot),
        { Previous: null } => "eerste momentopname: " + Path.GetFileName(result.Snapshot),
        { Revisions: { } revisions } => "nieuwe momentopname: " + revisions.Summary,
        _ => "nieuwe momentopname: " + Path.GetFileName(result.Snapshot),
    };
}
