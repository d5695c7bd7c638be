using System.Globalization;
using Msd.Ingestion;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>The tables `msd ingest` and `msd loads` print.</summary>
internal static class LoadReport
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static void WriteSummary(IAnsiConsole console, IReadOnlyList<LoadResult> results, IReadOnlyList<SkippedInput> skipped)
    {
        var table = new Table().AddColumns("Bron", "Bestanden", "Gelezen", "Geladen", "Quarantaine", "Waarschuwingen", "Vervangen", "Duur");
        var loaded = results.Where(r => r.Outcome == LoadOutcome.Geladen).ToList();
        foreach (var group in loaded.GroupBy(r => r.Delivery.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
            AddRow(table, Markup.Escape(group.Key), [.. group]);
        if (loaded.Count > 0)
        {
            AddRow(table, "[bold]Totaal[/]", loaded);
            console.Write(table);
        }
        var again = results.Count(r => r.Outcome == LoadOutcome.AlIngelezen);
        if (again > 0)
            console.MarkupLine($"{N(again)} bestand(en) waren al ingelezen; daaraan is niets veranderd.");
        foreach (var refused in results.Where(r => r.Outcome == LoadOutcome.Geweigerd))
            console.MarkupLine($"[red]Geweigerd[/] {Markup.Escape(refused.Delivery.DisplayPath)}: {Markup.Escape(refused.Message ?? "")}");
        foreach (var skip in skipped)
            console.MarkupLine($"[yellow]Overgeslagen[/] {Markup.Escape(skip.DisplayPath)}: {Markup.Escape(skip.Reason)}");
        if (loaded.Sum(r => r.Quarantined + r.Warned) > 0)
            console.MarkupLine("De redenen per regel of bericht staan in de quarantaine: [bold]msd loads --load N[/] (N = ladingnummer).");
        if (results.Count == 0 && skipped.Count == 0)
            console.MarkupLine("Niets gevonden om in te lezen.");
    }

    private static void AddRow(Table table, string label, IReadOnlyList<LoadResult> results) =>
        table.AddRow(label, N(results.Count), N(results.Sum(r => r.Read)), N(results.Sum(r => r.Loaded)), N(results.Sum(r => r.Quarantined)),
            N(results.Sum(r => r.Warned)), N(results.Sum(r => r.Replaced)), results.Sum(r => r.Elapsed.TotalSeconds).ToString("N1", Dutch) + " s");

    public static string N(long value) => value.ToString("N0", Dutch);
}
