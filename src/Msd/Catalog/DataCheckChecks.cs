namespace Msd.Catalog;

/// <summary>The checks of one data-quality check against its dataset, code lists and the dataset it references.</summary>
internal static class DataCheckChecks
{
    public static void Run(KpiCatalog catalog, DatasetDefinition dataset, DataCheck check, IssueList issues)
    {
        foreach (var column in check.Columns)
            RequireColumn(dataset, column, issues);
        switch (check.Kind)
        {
            case "geldigheid":
                CheckCodeList(catalog, dataset, check, issues);
                break;
            case "uniciteit" when check.Columns.Count == 0 && dataset.Key.Count == 0:
                issues.Error(check.At, $"Dataset '{dataset.Id}' heeft geen 'key'; noem bij deze controle de kolommen die samen uniek zijn in 'columns'.");
                break;
            case "referentie":
                CheckReference(catalog, check, issues);
                break;
            case "actualiteit":
            case "volume" when check.Per == "maand":
                if (dataset.Time is null)
                    issues.Error(check.At, $"Een controle van soort '{check.Kind}'{(check.Kind == "volume" ? " per maand" : "")} leest de datumkolom uit het 'time'-blok van de dataset, maar dataset '{dataset.Id}' heeft geen 'time'.");
                break;
            case "volume" when !catalog.Sources.Any(s => s.Target.Value == dataset.Id):
                issues.Error(check.At, $"Een volumecontrole per levering telt de rijen per geleverd bestand, maar geen bronkoppeling in catalog/sources vult dataset '{dataset.Id}'. Gebruik 'per: maand'.");
                break;
            case "tijdigheid":
                foreach (var column in new[] { check.From, check.To }.OfType<Located<string>>())
                {
                    if (RequireColumn(dataset, column, issues) is { Type: not (ColumnType.Date or ColumnType.Timestamp) } found)
                        issues.Error(column.At, $"De kolom '{column.Value}' moet type date of timestamp hebben, niet {found.Type.ToString().ToLowerInvariant()}.");
                }
                break;
        }
    }

    private static DatasetColumn? RequireColumn(DatasetDefinition dataset, Located<string> column, IssueList issues)
    {
        var found = dataset.Column(column.Value);
        if (found is null)
            issues.Error(column.At, $"De kolom '{column.Value}' bestaat niet in dataset '{dataset.Id}'.{Spelling.Suggest(column.Value, dataset.Columns.Select(c => c.Name))}");
        return found;
    }

    private static void CheckCodeList(KpiCatalog catalog, DatasetDefinition dataset, DataCheck check, IssueList issues)
    {
        var list = check.CodeList ?? (check.Columns.Count == 1 ? dataset.Column(check.Columns[0].Value)?.CodeList : null);
        if (list is null)
        {
            if (check.Columns.Count == 1 && dataset.Column(check.Columns[0].Value) is not null)
                issues.Error(check.At, $"Kolom '{check.Columns[0].Value}' heeft geen codelijst; noem in 'codelist' de codelijst waartegen de waarden worden gecontroleerd.");
            return;
        }
        if (catalog.CodeList(list.Value) is null)
            issues.Error(list.At, $"De codelijst '{list.Value}' bestaat niet.{Spelling.Suggest(list.Value, catalog.CodeLists.Select(c => c.Id))}");
    }

    private static void CheckReference(KpiCatalog catalog, DataCheck check, IssueList issues)
    {
        if (check.References is not { } target)
            return;
        var referenced = check.ReferencedColumns.Count > 0 ? check.ReferencedColumns : check.Columns;
        if (check.ReferencedColumns.Count > 0 && check.ReferencedColumns.Count != check.Columns.Count)
            issues.Error(check.ReferencedColumns[0].At, $"'referenced_columns' noemt {check.ReferencedColumns.Count} kolommen en 'columns' {check.Columns.Count}; ze horen paarsgewijs bij elkaar.");
        if (target.Value == DataCheckVocabulary.AreaTable)
        {
            if (check.Columns.Count != 1)
                issues.Error(target.At, "Een verwijzing naar de gebiedsindeling controleert één kolom met wijkcodes.");
            return;
        }
        if (catalog.Dataset(target.Value) is not { } other)
        {
            issues.Error(target.At, $"De dataset '{target.Value}' bestaat niet in catalog/datasets (of gebruik '{DataCheckVocabulary.AreaTable}' voor de wijken van de werkruimte).{Spelling.Suggest(target.Value, catalog.Datasets.Select(d => d.Id))}");
            return;
        }
        foreach (var column in referenced)
            RequireColumn(other, column, issues);
    }
}
