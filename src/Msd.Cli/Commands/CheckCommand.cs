using System.CommandLine;
using Msd.Validation;
using Msd.Workspace;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd check`: runs the data-quality checks of the catalogue and shows what ingestion quarantined. Exits 1 on a 'fout'.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("check", "Controleer de kwaliteit van de ingelezen gegevens met de controles uit de catalogus, en toon wat bij het inlezen in quarantaine ging. Geeft exitcode 1 bij een fout.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            var (catalog, issues) = workspace.LoadCatalog();
            CatalogCommand.RequireValid(catalog, issues);
            await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
            var run = await RunAsync(workspace, database, catalog, cancellationToken);
            var quarantine = await QuarantineSummary.CountAsync(database, cancellationToken);
            CheckReport.Write(context.Out, run, catalog, quarantine);
            return run.HasErrors ? 1 : 0;
        });
        return command;
    }

    /// <summary>Every check of the catalogue on the workspace's data, against its own districts; the run is stored.</summary>
    internal static Task<CheckRun> RunAsync(Msd.Workspace.Workspace workspace, Msd.Storage.Database database, Msd.Catalog.KpiCatalog catalog, CancellationToken cancellationToken)
    {
        var municipalities = workspace.Config.Municipalities.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var (areas, _) = AreaTable.Load(workspace.AreasPath, municipalities);
        var districts = areas.Areas.Select(a => a.WijkCode).ToHashSet(StringComparer.Ordinal);
        return CheckEngine.RunAsync(database, catalog, districts, TimeProvider.System, cancellationToken);
    }
}
