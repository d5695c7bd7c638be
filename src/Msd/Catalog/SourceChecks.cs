namespace Msd.Catalog;

/// <summary>The checks of one source mapping against its target dataset and the code lists.</summary>
internal static class SourceChecks
{
    public static void Run(KpiCatalog catalog, SourceMapping source, IssueList issues)
    {
        foreach (var duplicate in source.SourceColumns.GroupBy(c => c.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            issues.Error(duplicate.Last().At, $"De bronkolom '{duplicate.Key}' staat meer dan eens in deze koppeling (in columns, ignore, reference_date of mutation); elke kolom van het bestand staat er één keer.");
        var mapped = source.Columns.Select(c => c.Source.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var key in source.Key.Where(k => !mapped.Contains(k.Value)))
            issues.Error(key.At, $"De sleutelkolom '{key.Value}' staat niet in 'columns': een sleutel wordt ingelezen.{Spelling.Suggest(key.Value, mapped)}");
        var headers = source.SourceColumns.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var from in source.Derived.SelectMany(d => d.From).Where(f => !headers.Contains(f.Value)))
            issues.Error(from.At, $"De bronkolom '{from.Value}' staat niet in 'columns' of 'ignore' van deze koppeling.{Spelling.Suggest(from.Value, headers)}");

        var dataset = catalog.Dataset(source.Target.Value);
        if (dataset is null)
        {
            issues.Error(source.Target.At, $"De dataset '{source.Target.Value}' bestaat niet in catalog/datasets.{Spelling.Suggest(source.Target.Value, catalog.Datasets.Select(d => d.Id))}");
            return;
        }
        foreach (var column in source.Columns)
            CheckColumn(catalog, dataset, column, issues);
        foreach (var derived in source.Derived)
            CheckDerived(catalog, dataset, derived, issues);
        CheckCoverage(dataset, source, issues);
    }

    private static void CheckColumn(KpiCatalog catalog, DatasetDefinition dataset, SourceColumn column, IssueList issues)
    {
        if (Find(dataset, column.Target, issues) is not { } target)
            return;
        var fits = SourceVocabulary.Targets(column.Type, column.Transform);
        if (!fits.Contains(target.Type))
            issues.Error(column.Target.At, $"Bronkolom '{column.Source.Value}' (type {column.Type}{(column.Transform is { } t ? ", transform " + t : "")}) kan kolom '{target.Name}' van type {Name(target.Type)} niet vullen; zij vult {string.Join(" of ", fits.Select(Name))}.");
        CheckPseudonymisation(target, column.Transform is "pseudonymise" or "pseudonymise_bsn", column.Target.At, issues);
        if (target.Required && !column.Required)
            issues.Error(column.At, $"Kolom '{target.Name}' is verplicht in dataset '{dataset.Id}': zet required: true bij bronkolom '{column.Source.Value}'.");
        if (column.Codes.Count == 0 || target.Type == ColumnType.Boolean)
            return;
        if (target.CodeList is null || catalog.CodeList(target.CodeList.Value) is not { } list)
        {
            if (target.CodeList is null)
                issues.Error(column.Codes[0].At, $"Kolom '{target.Name}' heeft geen codelijst, dus 'codes' kan niets vertalen; laat 'codes' weg.");
            return;
        }
        foreach (var code in column.Codes.Where(c => !list.Contains(c.To)))
            issues.Error(code.At, $"Broncode '{code.From}' wordt vertaald naar '{code.To}', maar die code komt niet voor in codelijst '{list.Id}' ({list.Title}) van kolom '{target.Name}'.");
    }

    private static void CheckDerived(KpiCatalog catalog, DatasetDefinition dataset, DerivedColumn derived, IssueList issues)
    {
        if (Find(dataset, derived.Target, issues) is not { } target)
            return;
        if (derived.Transform is { } transform && SourceVocabulary.DerivedType(transform) != target.Type)
            issues.Error(derived.Target.At, $"transform: {transform} geeft een waarde van type {Name(SourceVocabulary.DerivedType(transform))}, maar kolom '{target.Name}' heeft type {Name(target.Type)}.");
        CheckPseudonymisation(target, derived.Transform == "pseudonymise", derived.Target.At, issues);
        if (derived.Value is { } value && target.CodeList?.Value is { } listId && catalog.CodeList(listId) is { } list && !list.Contains(value.Value))
            issues.Error(value.At, $"De vaste waarde '{value.Value}' komt niet voor in codelijst '{list.Id}' van kolom '{target.Name}'.");
    }

    private static void CheckPseudonymisation(DatasetColumn target, bool pseudonymised, SourceLocation at, IssueList issues)
    {
        if (target.PersonalData == "pseudonymised" && !pseudonymised)
            issues.Error(at, $"Kolom '{target.Name}' wordt gepseudonimiseerd opgeslagen: gebruik transform: pseudonymise (of pseudonymise_bsn voor een BSN).");
        if (target.PersonalData != "pseudonymised" && pseudonymised)
            issues.Error(at, $"Kolom '{target.Name}' is geen gepseudonimiseerde kolom (personal_data: {target.PersonalData}); een pseudoniem hoort daar niet.");
    }

    private static void CheckCoverage(DatasetDefinition dataset, SourceMapping source, IssueList issues)
    {
        var filled = source.Columns.Select(c => c.Target).Concat(source.Derived.Select(d => d.Target)).ToList();
        foreach (var duplicate in filled.GroupBy(t => t.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            issues.Error(duplicate.Last().At, $"Kolom '{duplicate.Key}' van dataset '{dataset.Id}' wordt meer dan eens gevuld in deze koppeling.");
        var names = filled.Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        var needed = dataset.Columns.Where(c => c.Required).Select(c => c.Name).Concat(dataset.Key.Select(k => k.Value)).Distinct(StringComparer.Ordinal);
        foreach (var missing in needed.Where(n => !names.Contains(n)))
            issues.Error(source.Target.At, $"De verplichte kolom '{missing}' van dataset '{dataset.Id}' wordt niet gevuld: koppel er een bronkolom aan (columns) of leid haar af (derived).");
    }

    private static DatasetColumn? Find(DatasetDefinition dataset, Located<string> name, IssueList issues)
    {
        var column = dataset.Column(name.Value);
        if (column is null)
            issues.Error(name.At, $"De kolom '{name.Value}' bestaat niet in dataset '{dataset.Id}'.{Spelling.Suggest(name.Value, dataset.Columns.Select(c => c.Name))}");
        return column;
    }

    private static string Name(ColumnType type) => type.ToString().ToLowerInvariant();
}
