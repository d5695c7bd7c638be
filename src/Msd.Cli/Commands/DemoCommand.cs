using System.CommandLine;
using System.Globalization;
using Msd.Accounts;
using Msd.Computation;
using Msd.Generation;
using Msd.Workspace;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>
/// `msd demo`: the product end to end on its embedded default: a workspace with the shipped catalogue
/// and the default synthetic data set in its inbox, the catalogue checked, the inbox loaded, the
/// coverage shown, every KPI computed and published, a demo login made, and the web monitor served.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The demo workspace's own account: local, synthetic data only, printed on every run.</summary>
    public const string DemoUser = "demo";
    public const string DemoAnalyst = "demo-analist";
    public const string DemoKeyUser = "demo-sleutel";

    private static readonly (string Name, string Display, string Role)[] DemoUsers =
    [
        (DemoUser, "Demobeheerder", Role.Beheerder),
        (DemoAnalyst, "Demo-analist", Role.Analist),
        (DemoKeyUser, "Demosleutelgebruiker", Role.Sleutelgebruiker),
    ];

    public const string DemoPassword = "demo-wachtwoord";

    public static Command Create(CliContext context)
    {
        var directory = new Option<string>("--dir")
        {
            Description = "Map van de demowerkruimte (wordt eenmalig aangemaakt)",
            HelpName = "MAP",
            DefaultValueFactory = _ => ".msd-demo",
        };
        var port = ServeCommand.PortOption();
        var command = new Command("demo", "Draai het product van begin tot eind op de ingebouwde voorbeeldomgeving en open de webmonitor.") { directory, port };
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
            // also after an interrupted first run: the data arrives in the inbox only when complete
            if (!Directory.EnumerateFileSystemEntries(workspace.InboxPath).Any())
                GenerateDemoData(context, workspace);
            var (catalog, issues) = workspace.LoadCatalog();
            if (CatalogReport.WriteCheck(context.Out, catalog, issues) != 0)
                return 1;
            if (!File.Exists(workspace.KeyFilePath))
                Msd.Privacy.PseudonymKey.Create(workspace.KeyFilePath);
            // a second run finds everything loaded already and changes nothing
            await IngestCommand.RunAsync(context, workspace, [workspace.InboxPath], cancellationToken);
            bool failed;
            await using (var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken))
            {
                var counts = await Msd.Storage.DatasetTables.RowCountsAsync(database, catalog, cancellationToken);
                CatalogReport.WriteCoverage(context.Out, catalog, Msd.Catalog.CatalogCoverage.Of(catalog, counts));
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var computed = await KpiEngine.ComputeAsync(database, catalog, KpiAreas.Of(workspace.Config), null, false, null, cancellationToken);
                ComputeCommand.Write(context.Out, computed, watch.Elapsed, publishHint: false);
                failed = computed.Any(r => r.Problem is not null);
                // the demo data holds deliberate defects: the checks find them before publishing, so the gate holds back what they touch
                var (checks, published) = await CheckCommand.RunAsync(workspace, database, catalog, publish: true, cancellationToken);
                var data = checks.Results.Where(r => r.KpiId is null).ToList();
                context.Out.MarkupLine($"Controles op de gegevens: {data.Count(r => r.Status == Msd.Validation.CheckResult.Error)} met een fout, {data.Count(r => r.Status == Msd.Validation.CheckResult.Warning)} met een waarschuwing (de demogegevens bevatten bewuste fouten; zie 'msd check' en de pagina Controles).");
                PublishCommand.Write(context.Out, published!);
                context.Out.MarkupLine($"Plausibiliteit van de gepubliceerde waarden: {checks.Results.Count(r => r.KpiId is not null && r.Failed)} waarschuwingen.");
                var acceptance = await TestKpisCommand.RunAsync(database, catalog, null, cancellationToken);
                context.Out.MarkupLine($"Acceptatiegevallen: {acceptance.Results.Count - acceptance.Failed} van {acceptance.Results.Count} geslaagd (zie 'msd test-kpis' en de pagina Validatie).");
                foreach (var (name, display, role) in DemoUsers)
                {
                    if (await UserStore.FindAsync(database, name, cancellationToken) is null)
                        await UserStore.AddAsync(database, name, display, role, DemoPassword, cancellationToken);
                }
            }
            context.Out.MarkupLine($"Inloggen in de demo, wachtwoord [bold]{DemoPassword}[/]: [bold]{DemoUser}[/] (beheerder), [bold]{DemoAnalyst}[/] (analist) of [bold]{DemoKeyUser}[/] (sleutelgebruiker, tekent KPI's af).");
            await ServeCommand.RunAsync(context, workspace, parse.GetValue(port), cancellationToken);
            return failed ? 1 : 0;
        });
        return command;
    }

    /// <summary>
    /// The default synthetic data set (De Wolden and Hoogeveen, 2021–2025): the source files into the
    /// inbox, the answers (ground truth, defect manifest) into controle/ beside it, and the postcode
    /// table as the workspace's area table. It is made in a scratch folder and moved when complete.
    /// </summary>
    private static void GenerateDemoData(CliContext context, Msd.Workspace.Workspace workspace)
    {
        var (from, to) = GeneratorOptions.DefaultSpan(GeneratorScale.Gemeenten);
        var scratch = Path.Combine(workspace.Root, ".genereren");
        if (Directory.Exists(scratch))
            Directory.Delete(scratch, recursive: true);
        var options = new GeneratorOptions(scratch, 1, GeneratorScale.Gemeenten, from, to, 0.002, null);
        GenerationSummary? summary = null;
        context.Out.Status().Start("Demogegevens maken (De Wolden en Hoogeveen, 2021–2025)…", _ => summary = Generator.Run(options));
        File.Copy(Path.Combine(scratch, "gebiedsindeling.csv"), workspace.AreasPath, overwrite: true);
        var answers = Path.Combine(workspace.Root, "controle");
        if (Directory.Exists(answers))
            Directory.Delete(answers, recursive: true);
        Directory.Move(Path.Combine(scratch, "controle"), answers);
        foreach (var folder in new[] { "berichten", "registratie", "cbs" })
            Directory.Move(Path.Combine(scratch, folder), Path.Combine(workspace.InboxPath, folder));
        File.Move(Path.Combine(scratch, "LEESMIJ.txt"), Path.Combine(workspace.InboxPath, "LEESMIJ.txt"));
        Directory.Delete(scratch, recursive: true);
        context.Out.MarkupLineInterpolated(CultureInfo.GetCultureInfo("nl-NL"),
            $"[green]Demogegevens klaar[/] in {workspace.InboxPath} (juiste uitkomsten in controle/): {summary!.Files:N0} bestanden, {summary.Messages:N0} berichten, {summary.Elapsed.TotalSeconds:N1} s.");
    }
}
