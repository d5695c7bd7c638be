namespace Msd.Catalog;

/// <summary>What the catalogue does not cover yet: goals nobody measures, and KPIs whose data has not arrived.</summary>
public sealed record CatalogCoverage(
    IReadOnlyList<PolicyGoal> GoalsWithoutKpi,
    IReadOnlyList<PolicyGoal> GoalsToBeConfirmed,
    IReadOnlyList<(KpiDefinition Kpi, IReadOnlyList<string> EmptyDatasets)> KpisWithoutData)
{
    /// <summary>Coverage given the rows per dataset id in the workspace database.</summary>
    public static CatalogCoverage Of(KpiCatalog catalog, IReadOnlyDictionary<string, long> rowCounts)
    {
        var active = catalog.Kpis.Where(k => k.Status != "vervallen").ToList();
        var measured = active.SelectMany(k => k.Goals.Select(g => g.Value)).ToHashSet(StringComparer.Ordinal);
        var withoutKpi = catalog.Goals.Where(g => !measured.Contains(g.Id)).ToList();
        var toConfirm = catalog.Goals.Where(g => g.ToBeConfirmed).ToList();
        var withoutData = active
            .Select(k => (Kpi: k, Empty: (IReadOnlyList<string>)[.. k.DatasetIds.Where(d => rowCounts.GetValueOrDefault(d) == 0)]))
            .Where(x => x.Empty.Count > 0)
            .ToList();
        return new CatalogCoverage(withoutKpi, toConfirm, withoutData);
    }
}
