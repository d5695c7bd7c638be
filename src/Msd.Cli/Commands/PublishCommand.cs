using System.CommandLine;
using Msd.Publication;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd publish [--kpi ID…]`: computed values through disclosure control into the published table.</summary>
internal static class PublishCommand
{
    public static Command Create(CliContext context)
    {
        var kpis = new Option<string[]>("--kpi") { Description = "Alleen deze KPI('s)", HelpName = "KPI-ID", AllowMultipleArgumentsPerToken = true };
        var command = new Command("publish", "Publiceer de berekende waarden: kleine aantallen worden onderdrukt, aantallen afgerond. Alleen gepubliceerde waarden verlaten de monitor.") { kpis };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            var (catalog, issues) = workspace.LoadCatalog();
            CatalogCommand.RequireValid(catalog, issues);
            await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
            var only = parse.GetValue(kpis) is { Length: > 0 } ids ? ids : null;
            var results = await KpiPublication.PublishAsync(database, catalog, workspace.Config, only, cancellationToken);
            if (results.Count == 0)
            {
                context.Out.MarkupLine("Er is nog niets berekend. Gebruik eerst 'msd compute'.");
                return 1;
            }
            Write(context.Out, results);
            return 0;
        });
        return command;
    }

    internal static void Write(IAnsiConsole console, IReadOnlyList<KpiPublishResult> results)
    {
        var table = new Table().AddColumns("KPI", "Gepubliceerd", "Onderdrukt", "Geen waarde", "Geblokkeerd");
        foreach (var r in results)
            table.AddRow(Markup.Escape(r.KpiId), LoadReport.N(r.Published), LoadReport.N(r.Suppressed), LoadReport.N(r.Missing), LoadReport.N(r.Blocked));
        console.Write(table);
        console.MarkupLine($"{results.Count} KPI's gepubliceerd: {LoadReport.N(results.Sum(r => r.Published))} waarden getoond, {LoadReport.N(results.Sum(r => r.Suppressed))} onderdrukt om personen te beschermen.");
        if (results.Sum(r => r.Blocked) is var blocked and > 0)
            console.MarkupLine(Markup.Escape($"{LoadReport.N(blocked)} waarden geblokkeerd: een controle op hun gegevens gaf een fout ('msd check'). Herstel de gegevens of laat een beheerder de fout overrulen ('msd check override')."));
    }
}
