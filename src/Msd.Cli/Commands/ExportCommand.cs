using System.CommandLine;
using Msd.Publication;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd export values --out FILE.csv [--unprotected]`: the published values in the export contract.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Het CSV-bestand om te schrijven", HelpName = "BESTAND", Required = true };
        var kpi = new Option<string?>("--kpi") { Description = "Alleen deze KPI", HelpName = "KPI-ID" };
        var unprotected = new Option<bool>("--unprotected")
        {
            Description = "De waarden vóór onthullingsbeheer (alleen als msd.yaml privacy.allow_unprotected_export: true zet)",
        };
        var values = new Command("values", "Schrijf de gepubliceerde KPI-waarden naar CSV (komma als scheidingsteken, punt als decimaalteken).") { output, kpi, unprotected };
        values.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            var raw = parse.GetValue(unprotected);
            if (raw && !workspace.Config.Privacy.AllowUnprotectedExport)
            {
                throw new MsdUserException(
                    "Een export zonder onthullingsbeheer kan kleine groepen personen herkenbaar maken en staat daarom uit. " +
                    "Functioneel beheer kan hem toestaan met 'allow_unprotected_export: true' onder 'privacy' in msd.yaml (zie docs/werkruimte.md).");
            }
            var (catalog, issues) = workspace.LoadCatalog();
            CatalogCommand.RequireValid(catalog, issues);
            await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
            var id = parse.GetValue(kpi);
            var rows = raw
                ? await PublishedValueStore.UnprotectedAsync(database, id, cancellationToken)
                : await PublishedValueStore.PublishedAsync(database, id, cancellationToken);
            if (rows.Count == 0)
                throw new MsdUserException(raw ? "Er is nog niets berekend. Gebruik eerst 'msd compute'." : "Er is nog niets gepubliceerd. Gebruik eerst 'msd compute' en 'msd publish'.");
            var path = Path.GetFullPath(parse.GetValue(output)!);
            ValueExport.Write(path, rows);
            context.Out.MarkupLine(Markup.Escape($"{LoadReport.N(rows.Count)} waarden geschreven naar {path}{(raw ? " (zonder onthullingsbeheer: niet buiten de organisatie delen)" : "")}."));
            return 0;
        });
        return new Command("export", "Exporteer gegevens uit de monitor.") { values };
    }
}
