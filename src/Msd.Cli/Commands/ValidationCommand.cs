using System.CommandLine;
using Msd.Acceptance;
using Msd.Documents;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd validation status` and `msd validation report --out FILE`: where every KPI stands, and the evidence as a document.</summary>
internal static class ValidationCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("validation", "Validatie van de KPI's: de status per KPI-versie en het validatierapport voor de overdracht aan functioneel beheer.");
        command.Subcommands.Add(Status(context));
        command.Subcommands.Add(Report(context));
        return command;
    }

    private static Command Status(CliContext context)
    {
        var command = new Command("status", "Toon per KPI de status (concept, vastgesteld, gevalideerd, vervallen) en wat nog ontbreekt voor validatie.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            var (catalog, issues) = workspace.LoadCatalog();
            CatalogCommand.RequireValid(catalog, issues);
            await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
            var all = await KpiValidation.ReadAsync(database, catalog, cancellationToken);
            var table = new Table().AddColumns("KPI", "Versie", "Status", "Wat nog ontbreekt");
            foreach (var kpi in catalog.Kpis)
            {
                var lifecycle = all[kpi.Id].Lifecycle;
                table.AddRow(Markup.Escape(kpi.Id), kpi.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(lifecycle.State),
                    Markup.Escape(lifecycle.Missing));
            }
            context.Out.Write(table);
            var validated = all.Values.Count(s => s.Lifecycle.State == KpiLifecycleState.Validated);
            context.Out.MarkupLine($"{validated} van de {catalog.Kpis.Count} KPI's gevalideerd. Sleutelgebruikers tekenen af op de pagina van de KPI in de monitor.");
            return 0;
        });
        return command;
    }

    private static Command Report(CliContext context)
    {
        var output = new Option<FileInfo>("--out") { Description = "Het rapport: .html of .docx", Required = true, HelpName = "BESTAND" };
        var release = new Option<int?>("--release") { Description = "Alleen de KPI's van deze release uit de catalogus (standaard: alle)", HelpName = "N" };
        var command = new Command("report", "Maak het validatierapport (HTML of Word): per KPI de acceptatiegevallen en hun uitkomst, de controles, de oordelen en de open opmerkingen.")
        {
            output, release,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(output)!;
            var extension = file.Extension.ToLowerInvariant();
            if (extension is not (".html" or ".docx"))
                throw new MsdUserException($"Kies voor het rapport een bestandsnaam die eindigt op .html of .docx, niet '{file.Name}'.");
            var workspace = context.OpenWorkspace(parse);
            var (catalog, issues) = workspace.LoadCatalog();
            CatalogCommand.RequireValid(catalog, issues);
            await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
            var (title, blocks) = await ValidationReport.BuildAsync(database, catalog, workspace.Config.Name, parse.GetValue(release), DateTime.UtcNow, cancellationToken);
            file.Directory?.Create();
            // written beside the target and moved into place, so a failure never leaves half a report
            var partial = file.FullName + ".deel";
            await using (var stream = File.Create(partial))
            {
                if (extension == ".docx")
                    DocxDocument.Write(title, blocks, stream);
                else
                    await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(HtmlDocument.Write(title, blocks)), cancellationToken);
            }
            File.Move(partial, file.FullName, overwrite: true);
            context.Out.MarkupLine(Markup.Escape($"Validatierapport geschreven: {file.FullName}"));
            return 0;
        });
        return command;
    }
}
