using System.CommandLine;
using Msd.Workspace;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>
/// `msd demo`: the product end to end on its embedded default. Today that is a workspace with the
/// shipped catalogue, checked, listed and its coverage shown; data generation, loading, computing
/// and the web monitor join as they are built.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Option<string>("--dir")
        {
            Description = "Map van de demowerkruimte (wordt eenmalig aangemaakt)",
            HelpName = "MAP",
            DefaultValueFactory = _ => ".msd-demo",
        };
        var command = new Command("demo", "Draai het product van begin tot eind op de ingebouwde voorbeeldomgeving.") { directory };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(directory)!;
            Msd.Workspace.Workspace workspace;
            if (File.Exists(Path.Combine(path, Msd.Workspace.Workspace.ConfigFile)))
            {
                workspace = Msd.Workspace.Workspace.Open(path);
                context.Out.MarkupLine($"Bestaande demowerkruimte: {Markup.Escape(workspace.Root)}");
            }
            else
            {
                workspace = await WorkspaceInitializer.CreateAsync(path, InitCommand.ShippedCatalog, cancellationToken);
                InitCommand.Report(context.Out, workspace);
            }
            var (catalog, issues) = workspace.LoadCatalog();
            if (CatalogReport.WriteCheck(context.Out, catalog, issues) != 0)
                return 1;
            await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
            CatalogReport.WriteList(context.Out, catalog, null);
            var counts = await Msd.Storage.DatasetTables.RowCountsAsync(database, catalog, cancellationToken);
            CatalogReport.WriteCoverage(context.Out, catalog, Msd.Catalog.CatalogCoverage.Of(catalog, counts));
            return 0;
        });
        return command;
    }
}
