namespace Msd.Catalog;

/// <summary>Checks across files: unique ids and every reference from KPIs and source mappings to goals, datasets, columns and codes.</summary>
internal static class CatalogChecks
{
    public static void Run(KpiCatalog catalog, IssueList issues)
    {
        Unique(catalog.Documents, d => d.Id, d => d.At, "beleidsdocument", issues);
        Unique(catalog.Goals, g => g.Id, g => g.At, "doel", issues);
        Unique(catalog.Datasets, d => d.Id, d => d.At, "dataset", issues);
        Unique(catalog.CodeLists, c => c.Id, c => c.At, "codelijst", issues);
        Unique(catalog.Kpis, k => k.Id, k => k.At, "KPI", issues);
        Unique(catalog.Sources, s => s.Id, s => s.At, "bronkoppeling", issues);
        Unique(catalog.CbsTables, t => t.Id, t => t.At, "CBS-tabel", issues);
        Unique(catalog.Checks, c => c.Id, c => c.At, "controle", issues);
        foreach (var dataset in catalog.Datasets)
        {
            CheckDataset(catalog, dataset, issues);
            foreach (var check in dataset.Checks)
                DataCheckChecks.Run(catalog, dataset, check, issues);
        }
        foreach (var kpi in catalog.Kpis)
            KpiChecks.Run(catalog, kpi, issues);
        foreach (var source in catalog.Sources)
            SourceChecks.Run(catalog, source, issues);
        foreach (var table in catalog.CbsTables)
            CbsTableChecks.Run(catalog, table, issues);
        foreach (var suite in catalog.AcceptanceSuites)
            AcceptanceCaseChecks.Run(catalog, suite, issues);
    }

    private static void Unique<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> at, string what, IssueList issues)
    {
        foreach (var group in items.GroupBy(id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = at(group.First());
            foreach (var duplicate in group.Skip(1))
                issues.Error(at(duplicate), $"De id '{group.Key}' is al gebruikt voor een {what} in {first}. Ids zijn uniek en blijven voor altijd gelijk.");
        }
    }

    private static void CheckDataset(KpiCatalog catalog, DatasetDefinition dataset, IssueList issues)
    {
        if (dataset.Kind != "reference" && dataset.Column("gemeente_code") is null)
            issues.Error(dataset.At, $"Dataset '{dataset.Id}' mist de kolom 'gemeente_code': elke feitenrij draagt de CBS-gemeentecode, zodat per gemeente gerapporteerd en gepartitioneerd kan worden.");
        foreach (var key in dataset.Key.Where(k => dataset.Column(k.Value) is null))
            issues.Error(key.At, $"De sleutelkolom '{key.Value}' bestaat niet in dataset '{dataset.Id}'.");
        if (dataset.RevisionColumn is { } only && dataset.Key.All(k => k.Value == only.Value))
            issues.Error(only.At, $"De sleutel van dataset '{dataset.Id}' bestaat alleen uit de versiekolom '{only.Value}': noem ook de kolommen die het cijfer aanwijzen.");
        else if (dataset.RevisionColumn is { } revision && !dataset.Key.Any(k => k.Value == revision.Value))
            issues.Error(revision.At, $"De versiekolom '{revision.Value}' ('revision_column') hoort in de sleutel ('key') van dataset '{dataset.Id}': rijen die op de rest van de sleutel gelijk zijn, zijn versies van één cijfer.");
        if (dataset.Time is { } time)
        {
            foreach (var column in new[] { time.From, time.To }.OfType<Located<string>>())
            {
                var found = dataset.Column(column.Value);
                if (found is null)
                    issues.Error(column.At, $"De tijdkolom '{column.Value}' bestaat niet in dataset '{dataset.Id}'.");
                else if (found.Type is not (ColumnType.Date or ColumnType.Timestamp))
                    issues.Error(column.At, $"De tijdkolom '{column.Value}' moet type date of timestamp hebben, niet {found.Type.ToString().ToLowerInvariant()}.");
            }
        }
        foreach (var column in dataset.Columns)
        {
            if (column.CodeList is { } list && catalog.CodeList(list.Value) is null)
                issues.Error(list.At, $"De codelijst '{list.Value}' bestaat niet. Voeg catalog/codelists/{list.Value}.yaml toe of corrigeer de naam.{Spelling.Suggest(list.Value, catalog.CodeLists.Select(c => c.Id))}");
        }
    }
}
