using System.CommandLine;
using System.Globalization;
using Msd.Ingestion;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd ingest [PAD…]`: load deliveries into the workspace, with a progress bar and a summary per file.</summary>
internal static class IngestCommand
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("pad")
        {
            Description = "Bestanden, mappen, .gz-bestanden of ZIP-archieven (standaard: de inbox en de CBS-tabellen van msd cbs fetch)",
            HelpName = "PAD",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("ingest", "Lees bronbestanden in: berichten, registratiebestanden en CBS-tabellen. Hetzelfde bestand nog eens verandert niets.") { paths };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            // by default the inbox, and the CBS tables 'msd cbs fetch' put in the workspace cache
            var cache = Msd.Ingestion.Cbs.CbsCache.Root(workspace.Root);
            var given = parse.GetValue(paths) is { Length: > 0 } p ? p : Directory.Exists(cache) ? [workspace.InboxPath, cache] : [workspace.InboxPath];
            var results = await RunAsync(context, workspace, given, cancellationToken);
            return results.Any(r => r.Outcome == LoadOutcome.Geweigerd) ? 1 : 0;
        });
        return command;
    }

    internal static async Task<IReadOnlyList<LoadResult>> RunAsync(CliContext context, Msd.Workspace.Workspace workspace, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var (catalog, issues) = workspace.LoadCatalog();
        CatalogCommand.RequireValid(catalog, issues);
        var ingestContext = WorkspaceIngestion.Context(workspace, catalog);
        var (deliveries, skipped) = DeliveryScanner.Scan(paths, catalog);
        await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
        var ingester = new Ingester(database, ingestContext);
        IReadOnlyList<LoadResult> results = [];
        await context.Out.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn { Culture = Dutch }, new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Inlezen", maxValue: Math.Max(1, deliveries.Sum(d => d.Bytes)));
                results = await ingester.RunAsync(deliveries, new Progress<IngestProgress>(p => task.Value = p.BytesDone), cancellationToken);
                task.Value = task.MaxValue;
            });
        LoadReport.WriteSummary(context.Out, results, skipped);
        return results;
    }
}
