namespace Msd.Catalog;

/// <summary>The checks of a CBS table mapping against dataset cbs_indicator and its code lists.</summary>
internal static class CbsTableChecks
{
    public static void Run(KpiCatalog catalog, CbsTableMapping table, IssueList issues)
    {
        var dataset = catalog.Dataset(CbsVocabulary.Dataset);
        if (dataset is null)
        {
            issues.Error(table.At, $"CBS-tabellen vullen dataset '{CbsVocabulary.Dataset}', maar die staat niet in catalog/datasets.");
            return;
        }
        var listId = dataset.Column("indicator_code")?.CodeList?.Value;
        if (listId is null || catalog.CodeList(listId) is not { } list)
        {
            issues.Error(table.At, $"Kolom 'indicator_code' van dataset '{CbsVocabulary.Dataset}' heeft geen bestaande codelijst, dus de indicatoren van deze tabel kunnen niet worden gecontroleerd.");
            return;
        }
        foreach (var measure in table.Measures.Where(m => !list.Contains(m.Indicator.Value)))
        {
            issues.Error(measure.Indicator.At,
                $"De indicator '{measure.Indicator.Value}' staat niet in codelijst '{list.Id}' ({list.Title}). Voeg haar toe aan catalog/codelists/{list.Id}.yaml of corrigeer de code.{Spelling.Suggest(measure.Indicator.Value, list.Codes.Select(c => c.Code))}");
        }
    }
}
