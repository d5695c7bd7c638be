using System.CommandLine;
using System.Globalization;
using Msd.Ingestion;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd loads [--load N]`: the load log, and per load its quarantine.</summary>
internal static class LoadsCommand
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static Command Create(CliContext context)
    {
        var load = new Option<long?>("--load") { Description = "Toon één lading met de regels in quarantaine", HelpName = "N" };
        var limit = new Option<int>("--limit") { Description = "Aantal ladingen of regels (standaard 50)", HelpName = "AANTAL", DefaultValueFactory = _ => 50 };
        var command = new Command("loads", "Toon het ladingenlogboek: wat is ingelezen, wanneer, met welke aantallen.") { load, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            var (catalog, _) = workspace.LoadCatalog();
            await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
            var count = Math.Max(1, parse.GetValue(limit));
            if (parse.GetValue(load) is { } id)
            {
                var entry = await LoadLog.FindAsync(database, id, cancellationToken) ?? throw new MsdUserException($"Lading {id} bestaat niet. Zie 'msd loads' voor de nummers.");
                Write(context.Out, [entry]);
                var findings = await LoadLog.FindingsAsync(database, id, count, cancellationToken);
                var table = new Table().AddColumns("Positie", "Veld", "Ernst", "Reden");
                foreach (var f in findings)
                    table.AddRow(Markup.Escape(f.Position), Markup.Escape(f.Field ?? ""), f.Severity == "fout" ? "[red]quarantaine[/]" : "[yellow]waarschuwing[/]", Markup.Escape(f.Reason));
                if (findings.Count > 0)
                    context.Out.Write(table);
                return 0;
            }
            var entries = await LoadLog.RecentAsync(database, count, cancellationToken);
            if (entries.Count == 0)
                context.Out.MarkupLine("Er is nog niets ingelezen. Gebruik 'msd ingest'.");
            else
                Write(context.Out, entries);
            return 0;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, IReadOnlyList<LoadEntry> entries)
    {
        var table = new Table().AddColumns("Lading", "Status", "Bron", "Bestand", "Peildatum", "Gelezen", "Geladen", "Quarantaine", "Waarsch.", "Vervangen", "Ingelezen op");
        foreach (var e in entries)
        {
            table.AddRow(e.LoadId.ToString(CultureInfo.InvariantCulture), e.Status == "geladen" ? "geladen" : $"[red]{e.Status}[/]", Markup.Escape(e.Source), Markup.Escape(e.FilePath),
                e.ReferenceDate?.ToString("dd-MM-yyyy", Dutch) ?? "", LoadReport.N(e.RecordsRead), LoadReport.N(e.RecordsLoaded), LoadReport.N(e.RecordsQuarantined),
                LoadReport.N(e.RecordsWarned), LoadReport.N(e.RowsReplaced), e.FinishedAt.ToLocalTime().ToString("dd-MM-yyyy HH:mm", Dutch));
        }
        console.Write(table);
        foreach (var e in entries.Where(e => e.Status != "geladen" && e.Note is not null))
            console.MarkupLine($"Lading {e.LoadId}: {Markup.Escape(e.Note!)}");
    }
}
