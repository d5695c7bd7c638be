using System.Globalization;
using Msd.Catalog;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>Renders catalogue checks, lists and coverage for the terminal.</summary>
internal static class CatalogReport
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static int WriteCheck(IAnsiConsole console, KpiCatalog catalog, IReadOnlyList<CatalogIssue> issues)
    {
        foreach (var issue in issues)
        {
            var label = issue.Severity == IssueSeverity.Fout ? "[red]fout[/]" : "[yellow]waarschuwing[/]";
            console.MarkupLine($"{Markup.Escape(issue.At.ToString())}: {label}: {Markup.Escape(issue.Message)}");
        }
        var errors = issues.Count(i => i.Severity == IssueSeverity.Fout);
        var warnings = issues.Count - errors;
        var summary = string.Format(Dutch, "{0} beleidsdocumenten, {1} doelen, {2} datasets, {3} codelijsten, {4} KPI's, {5} bronkoppelingen, {6} CBS-tabellen, {7} acceptatiegevallen",
            catalog.Documents.Count, catalog.Goals.Count(), catalog.Datasets.Count, catalog.CodeLists.Count, catalog.Kpis.Count, catalog.Sources.Count, catalog.CbsTables.Count,
            catalog.AcceptanceSuites.Sum(s => s.Cases.Count));
        if (errors > 0)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]De catalogus bevat {errors} fout(en) en {warnings} waarschuwing(en).[/] Gelezen: {summary}.");
            return 1;
        }
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]Catalogus in orde[/] ({warnings} waarschuwing(en)): {summary}.");
        return 0;
    }

    public static void WriteList(IAnsiConsole console, KpiCatalog catalog, string? domain)
    {
        foreach (var group in catalog.Kpis.Where(k => domain is null || k.Domain == domain).GroupBy(k => k.Domain).OrderBy(g => Domains.Ids.ToList().IndexOf(g.Key)))
        {
            var table = new Table { Title = new TableTitle(Domains.NameOf(group.Key)) }
                .AddColumns("KPI", "Titel", "Eenheid", "Status", "Versie", "Release", "Prioriteit");
            foreach (var kpi in group.OrderBy(k => k.Id, StringComparer.Ordinal))
            {
                table.AddRow(Markup.Escape(kpi.Id), Markup.Escape(kpi.Title), UnitText(kpi.Unit), kpi.Status,
                    kpi.Version.ToString(CultureInfo.InvariantCulture), kpi.Release.ToString(CultureInfo.InvariantCulture), kpi.Priority);
            }
            console.Write(table);
        }
        var byStatus = catalog.Kpis.GroupBy(k => k.Status).Select(g => $"{g.Count()} {g.Key}");
        console.MarkupLineInterpolated($"{catalog.Kpis.Count} KPI's: {string.Join(", ", byStatus)}.");
    }

    public static void WriteCoverage(IAnsiConsole console, KpiCatalog catalog, CatalogCoverage coverage)
    {
        var documents = catalog.Documents.ToDictionary(d => d.Id, d => d.Title, StringComparer.Ordinal);
        var goals = new Table { Title = new TableTitle("Doelen zonder KPI") }.AddColumns("Doel", "Document", "Domein", "Te bevestigen");
        foreach (var goal in coverage.GoalsWithoutKpi)
            goals.AddRow(Markup.Escape($"{goal.Id}: {goal.Text}"), Markup.Escape(documents[goal.DocumentId]), Domains.NameOf(goal.Domain), goal.ToBeConfirmed ? "ja" : "nee");
        console.Write(goals);

        var empty = new Table { Title = new TableTitle("KPI's waarvan de gegevens nog ontbreken") }.AddColumns("KPI", "Lege datasets");
        foreach (var (kpi, datasets) in coverage.KpisWithoutData)
            empty.AddRow(Markup.Escape(kpi.Id), Markup.Escape(string.Join(", ", datasets)));
        console.Write(empty);

        var totalGoals = catalog.Goals.Count();
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"{totalGoals - coverage.GoalsWithoutKpi.Count} van {totalGoals} doelen hebben een KPI; {coverage.GoalsToBeConfirmed.Count} doelen moeten nog door de gemeente worden bevestigd; {coverage.KpisWithoutData.Count} KPI's wachten op gegevens.");
    }

    public static string UnitText(string unit) => unit switch
    {
        "procent" => "%",
        "per_1000" => "per 1.000",
        "per_10000" => "per 10.000",
        _ => unit,
    };
}
