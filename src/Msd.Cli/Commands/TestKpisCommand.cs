using System.CommandLine;
using Msd.Acceptance;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd test-kpis [--kpi ID]`: runs the catalogue's acceptance cases on the real engine; exits 1 when one fails.</summary>
internal static class TestKpisCommand
{
    public static Command Create(CliContext context)
    {
        var kpi = new Option<string?>("--kpi") { Description = "Alleen de acceptatiegevallen van deze KPI", HelpName = "KPI-ID" };
        var command = new Command("test-kpis", "Voer de acceptatiegevallen uit de catalogus uit (map acceptance): per geval een kleine set gegevens, berekend met de echte rekenkern en het onthullingsbeheer, en vergeleken met de verwachte uitkomst. De uitkomst wordt per KPI-versie bewaard voor de validatiestatus. Geeft exitcode 1 als een geval mislukt.") { kpi };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            var (catalog, issues) = workspace.LoadCatalog();
            CatalogCommand.RequireValid(catalog, issues);
            var only = parse.GetValue(kpi);
            if (only is not null && catalog.Kpi(only) is null)
                throw new MsdUserException($"KPI '{only}' staat niet in de catalogus. Zie 'msd catalog list'.");
            await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
            var run = await RunAsync(database, catalog, only, cancellationToken);
            Write(context.Out, run);
            return run.Failed > 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>Runs the cases (in a database of their own) and keeps the outcome per KPI version in the workspace, for the lifecycle.</summary>
    internal static async Task<AcceptanceRun> RunAsync(Msd.Storage.Database database, Msd.Catalog.KpiCatalog catalog, string? only, CancellationToken cancellationToken)
    {
        var run = await AcceptanceRunner.RunAsync(catalog, only, null, cancellationToken);
        await AcceptanceResultStore.SaveAsync(database, catalog, run, cancellationToken);
        return run;
    }

    private static void Write(IAnsiConsole console, AcceptanceRun run)
    {
        var table = new Table().AddColumns("KPI", "Geval", "Uitkomst", "Toelichting");
        foreach (var r in run.Results)
        {
            var outcome = r.Passed ? "[green]geslaagd[/]" : "[red]mislukt[/]";
            var explanation = r.Passed ? r.Explanation : $"{r.Explanation}\n{r.At}";
            table.AddRow(Markup.Escape(r.KpiId), Markup.Escape($"{r.CaseId}: {r.Title}"), outcome, Markup.Escape(explanation));
        }
        if (run.Results.Count > 0)
            console.Write(table);
        var kpis = run.Results.Select(r => r.KpiId).Distinct(StringComparer.Ordinal).Count();
        console.MarkupLine($"{run.Results.Count} acceptatiegevallen voor {kpis} KPI's: {run.Results.Count - run.Failed} geslaagd, {run.Failed} mislukt.");
        console.MarkupLine(Markup.Escape(run.KpisWithoutCases.Count > 0
            ? $"{run.KpisWithoutCases.Count} KPI's zonder acceptatiegeval: {string.Join(", ", run.KpisWithoutCases)}."
            : "Elke KPI heeft een acceptatiegeval."));
    }
}
