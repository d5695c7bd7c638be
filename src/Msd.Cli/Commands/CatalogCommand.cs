using System.CommandLine;
using Msd.Catalog;

namespace Msd.Cli.Commands;

/// <summary>`msd catalog check|list|coverage`: the catalogue as the analyst sees it.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext context)
    {
        var catalogOption = new Option<string?>("--catalog")
        {
            Description = "Catalogusmap om te gebruiken in plaats van die van de werkruimte",
            HelpName = "MAP",
        };
        var check = new Command("check", "Controleer de catalogus streng: elke fout met bestand, regel en kolom.") { catalogOption };
        check.SetAction(parse =>
        {
            var (catalog, issues) = Load(context, parse, catalogOption);
            return CatalogReport.WriteCheck(context.Out, catalog, issues);
        });

        var domain = new Option<string?>("--domain") { Description = "Alleen dit domein (" + string.Join(", ", Domains.Ids) + ")", HelpName = "DOMEIN" };
        var list = new Command("list", "Toon de KPI's per domein met hun status.") { catalogOption, domain };
        list.SetAction(parse =>
        {
            var catalog = LoadValid(context, parse, catalogOption);
            var wanted = parse.GetValue(domain);
            if (wanted is not null && !Domains.Names.ContainsKey(wanted))
                throw new MsdUserException($"Onbekend domein '{wanted}'. Kies uit: {string.Join(", ", Domains.Ids)}.");
            CatalogReport.WriteList(context.Out, catalog, wanted);
            return 0;
        });

        var coverage = new Command("coverage", "Toon doelen zonder KPI en KPI's waarvan de datasets nog geen gegevens bevatten.");
        coverage.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            var (catalog, issues) = workspace.LoadCatalog();
            RequireValid(catalog, issues);
            await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
            var counts = await Msd.Storage.DatasetTables.RowCountsAsync(database, catalog, cancellationToken);
            CatalogReport.WriteCoverage(context.Out, catalog, CatalogCoverage.Of(catalog, counts));
            return 0;
        });

        return new Command("catalog", "Werk met de KPI-catalogus: controleren, tonen en dekking.") { check, list, coverage };
    }

    private static (KpiCatalog, IReadOnlyList<CatalogIssue>) Load(CliContext context, ParseResult parse, Option<string?> catalogOption) =>
        parse.GetValue(catalogOption) is { } path ? CatalogLoader.Load(path) : context.OpenWorkspace(parse).LoadCatalog();

    private static KpiCatalog LoadValid(CliContext context, ParseResult parse, Option<string?> catalogOption)
    {
        var (catalog, issues) = Load(context, parse, catalogOption);
        RequireValid(catalog, issues);
        return catalog;
    }

    internal static void RequireValid(KpiCatalog catalog, IReadOnlyList<CatalogIssue> issues)
    {
        var errors = issues.Count(i => i.Severity == IssueSeverity.Fout);
        if (errors > 0)
            throw new MsdUserException($"De catalogus in {catalog.Root} bevat {errors} fout(en). Voer 'msd catalog check' uit voor de details.");
    }
}
