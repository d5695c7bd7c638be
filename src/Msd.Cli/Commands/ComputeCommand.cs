using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Msd.Computation;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd compute [--kpi ID…] [--force]`: computes the catalogue's KPIs; unchanged ones are skipped.</summary>
internal static class ComputeCommand
{
    public static Command Create(CliContext context)
    {
        var kpis = new Option<string[]>("--kpi") { Description = "Alleen deze KPI('s)", HelpName = "KPI-ID", AllowMultipleArgumentsPerToken = true };
        var force = new Option<bool>("--force") { Description = "Ook KPI's herberekenen waarvan definitie en gegevens niet veranderden" };
        var command = new Command("compute", "Bereken de KPI's uit de ingelezen gegevens. Alleen wat door nieuwe gegevens of een gewijzigde definitie verandert, wordt opnieuw berekend.") { kpis, force };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            var (catalog, issues) = workspace.LoadCatalog();
            CatalogCommand.RequireValid(catalog, issues);
            var only = parse.GetValue(kpis) is { Length: > 0 } ids ? ids : null;
            foreach (var id in only ?? [])
            {
                if (catalog.Kpi(id) is null)
                    throw new MsdUserException($"KPI '{id}' staat niet in de catalogus. Zie 'msd catalog list'.");
            }
            await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
            var watch = Stopwatch.StartNew();
            var results = await KpiEngine.ComputeAsync(database, catalog, KpiAreas.Of(workspace.Config), only, parse.GetValue(force), null, cancellationToken);
            return Write(context.Out, results, watch.Elapsed);
        });
        return command;
    }

    internal static int Write(IAnsiConsole console, IReadOnlyList<KpiComputeResult> results, TimeSpan elapsed, bool publishHint = true)
    {
        var table = new Table().AddColumns("KPI", "Resultaat", "Waarden", "Tijd");
        foreach (var r in results)
        {
            var outcome = r.Outcome switch
            {
                KpiComputeOutcome.Computed => "berekend",
                KpiComputeOutcome.Unchanged => "ongewijzigd",
                KpiComputeOutcome.NoData => "[yellow]geen gegevens[/]: nog niets ingelezen",
                _ => $"[red]fout:[/] {Markup.Escape(r.Problem ?? "")}",
            };
            table.AddRow(Markup.Escape(r.KpiId), outcome, r.Computed ? LoadReport.N(r.Values) : "", r.Computed ? Seconds(r.Duration) : "");
        }
        console.Write(table);
        int Count(KpiComputeOutcome o) => results.Count(r => r.Outcome == o);
        console.MarkupLine($"{Count(KpiComputeOutcome.Computed)} KPI's berekend, {Count(KpiComputeOutcome.Unchanged)} ongewijzigd, {Count(KpiComputeOutcome.NoData)} zonder gegevens, {Count(KpiComputeOutcome.Failed)} met een fout, in {Seconds(elapsed)}.{(publishHint ? " Publiceer de uitkomsten met 'msd publish'." : "")}");
        return Count(KpiComputeOutcome.Failed) > 0 ? 1 : 0;
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.GetCultureInfo("nl-NL")) + " s";
}
