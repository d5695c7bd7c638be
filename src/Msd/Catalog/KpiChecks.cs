namespace Msd.Catalog;

/// <summary>The checks of one KPI against the rest of the catalogue.</summary>
internal static class KpiChecks
{

    public static void Run(KpiCatalog catalog, KpiDefinition kpi, IssueList issues)
    {
        var goalIds = catalog.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        if (kpi.Goals.Count == 0)
            issues.Error(kpi.Where("goals"), $"KPI '{kpi.Id}' meet geen enkel doel: noem in 'goals' minstens één doel uit catalog/documents.");
        foreach (var goal in kpi.Goals.Where(g => !goalIds.Contains(g.Value)))
            issues.Error(goal.At, $"Het doel '{goal.Value}' bestaat niet in catalog/documents.{Spelling.Suggest(goal.Value, goalIds)}");

        if (kpi.Benchmark is { } benchmark && catalog.CodeList(KpiDefinition.BenchmarkCodeList) is { } indicators && !indicators.Contains(benchmark.Value))
        {
            issues.Error(benchmark.At,
                $"Vergelijkingscijfer '{benchmark.Value}' staat niet in codelijst {KpiDefinition.BenchmarkCodeList}.{Spelling.Suggest(benchmark.Value, indicators.Codes.Select(c => c.Code).ToList())}");
        }

        CheckShape(kpi, issues);
        var numeratorSet = CheckMeasure(catalog, kpi.Numerator, "numerator", issues);
        var denominatorSet = CheckMeasure(catalog, kpi.Denominator, "denominator", issues);
        if (kpi.Deadline is { } deadline && denominatorSet is not null)
        {
            foreach (var column in new[] { deadline.From, deadline.To })
                RequireColumn(denominatorSet, column, "de termijn", issues, mustBeDate: true);
        }
        var breakdownSet = numeratorSet ?? denominatorSet;
        if (breakdownSet is not null)
        {
            foreach (var breakdown in kpi.Breakdowns)
            {
                RequireColumn(breakdownSet, breakdown.Column, "de uitsplitsing", issues, mustBeDate: false);
                if (breakdown.Mapping is { } mapping && CodeListOf(catalog, breakdownSet, breakdown.Column.Value)?.Mapping(mapping.Value) is null)
                    issues.Error(mapping.At, $"Kolom '{breakdown.Column.Value}' heeft geen codelijst met mapping '{mapping.Value}'. Zet de mapping onder 'mappings' in de codelijst van de kolom.");
            }
        }
        if (kpi.Period.Kind == "reference_date" && breakdownSet?.Time is { Kind: "event" })
            issues.Error(kpi.Where("period"), $"KPI '{kpi.Id}' wordt op een peildatum gemeten, maar dataset '{breakdownSet.Id}' bevat gebeurtenissen zonder looptijd. Kies period.kind 'period' of een dataset met een looptijd.");
        CheckTargets(kpi, issues);
        CheckChangelog(kpi, issues);
    }

    private static void CheckShape(KpiDefinition kpi, IssueList issues)
    {
        var units = CatalogVocabulary.UnitsFor(kpi.Type);
        if (!units.Contains(kpi.Unit))
            issues.Error(kpi.Where("unit"), $"Eenheid '{kpi.Unit}' past niet bij type '{kpi.Type}'. Gebruik {string.Join(" of ", units)}.");
        var isDeadline = kpi.Type == "share_within_deadline";
        if (isDeadline && kpi.Deadline is null)
            issues.Error(kpi.Where("type"), "Een KPI van type 'share_within_deadline' heeft een blok 'deadline' nodig (from, to, limit, unit).");
        if (!isDeadline && kpi.Deadline is not null)
            issues.Error(kpi.Where("deadline"), $"Het blok 'deadline' hoort alleen bij type 'share_within_deadline', niet bij '{kpi.Type}'.");
        if (isDeadline && kpi.Numerator is not null)
            issues.Error(kpi.Numerator.At, "Bij 'share_within_deadline' volgt de teller uit de noemer en de termijn; laat 'numerator' weg.");
        if (!isDeadline && kpi.Numerator is null)
            issues.Error(kpi.At, $"KPI '{kpi.Id}' heeft geen 'numerator' (teller).");
        if ((CatalogVocabulary.NeedsDenominator(kpi.Type) || isDeadline) && kpi.Denominator is null)
            issues.Error(kpi.Where("type"), $"Type '{kpi.Type}' deelt door een noemer: voeg 'denominator' toe.");
        if (!CatalogVocabulary.NeedsDenominator(kpi.Type) && !isDeadline && kpi.Denominator is not null)
            issues.Error(kpi.Denominator.At, $"Type '{kpi.Type}' heeft geen noemer; laat 'denominator' weg of kies type percentage, rate of ratio.");
    }

    private static DatasetDefinition? CheckMeasure(KpiCatalog catalog, KpiMeasure? measure, string role, IssueList issues)
    {
        if (measure is null)
            return null;
        var dataset = catalog.Dataset(measure.Dataset.Value);
        if (dataset is null)
        {
            issues.Error(measure.Dataset.At, $"De dataset '{measure.Dataset.Value}' in '{role}' bestaat niet in catalog/datasets.{Spelling.Suggest(measure.Dataset.Value, catalog.Datasets.Select(d => d.Id))}");
            return null;
        }
        foreach (var part in new[] { measure.Expression, measure.Filter }.OfType<Located<string>>())
            CheckExpression(catalog, dataset, part, issues);
        return dataset;
    }

    private static void CheckExpression(KpiCatalog catalog, DatasetDefinition dataset, Located<string> expression, IssueList issues)
    {
        var (tokens, error) = SqlExpression.Scan(expression.Value);
        if (error is not null)
        {
            issues.Error(expression.At, error);
            return;
        }
        foreach (var token in tokens)
        {
            var message = token.Kind switch
            {
                SqlExpression.TokenKind.Column when dataset.Column(token.Text) is null =>
                    $"De kolom '{token.Text}' bestaat niet in dataset '{dataset.Id}'.{Spelling.Suggest(token.Text, dataset.Columns.Select(c => c.Name))}",
                SqlExpression.TokenKind.Function when !SqlExpression.Functions.Contains(token.Text.ToLowerInvariant()) =>
                    $"De functie '{token.Text}' is niet toegestaan. Toegestaan: {string.Join(", ", SqlExpression.Functions)}.",
                SqlExpression.TokenKind.Parameter when !SqlExpression.Parameters.Contains(token.Text) =>
                    $"De parameter ':{token.Text}' bestaat niet. De rekenmachine vult in: {string.Join(", ", SqlExpression.Parameters.Select(p => ":" + p))}.",
                _ => null,
            };
            if (message is not null)
                issues.Error(expression.At, message);
        }
        foreach (var (column, code) in SqlExpression.ComparedCodes(tokens))
        {
            if (dataset.Column(column)?.CodeList?.Value is { } listId && catalog.CodeList(listId) is { } list && !list.Contains(code))
                issues.Error(expression.At, $"De code '{code}' komt niet voor in codelijst '{list.Id}' ({list.Title}) van kolom '{column}'.");
        }
    }

    private static void RequireColumn(DatasetDefinition dataset, Located<string> column, string what, IssueList issues, bool mustBeDate)
    {
        var found = dataset.Column(column.Value);
        if (found is null)
            issues.Error(column.At, $"De kolom '{column.Value}' voor {what} bestaat niet in dataset '{dataset.Id}'.{Spelling.Suggest(column.Value, dataset.Columns.Select(c => c.Name))}");
        else if (mustBeDate && found.Type is not (ColumnType.Date or ColumnType.Timestamp))
            issues.Error(column.At, $"De kolom '{column.Value}' voor {what} moet een datum zijn.");
    }

    private static void CheckTargets(KpiDefinition kpi, IssueList issues)
    {
        foreach (var target in kpi.Targets.Where(t => KpiReader.TargetPeriod().IsMatch(t.Period)))
        {
            var grain = target.Period.Length == 4 ? "year" : target.Period[5] switch { 'H' => "half_year", 'Q' => "quarter", _ => "month" };
            if (!kpi.Period.Grains.Contains(grain))
                issues.Error(target.At, $"Streefwaarde voor {target.Period} is per {grain}, maar de KPI ondersteunt alleen {string.Join(", ", kpi.Period.Grains)}.");
            if (kpi.Unit == "procent" && target.Value is < 0 or > 100)
                issues.Error(target.At, $"Een streefwaarde in procenten ligt tussen 0 en 100, niet {target.Value}.");
        }
        foreach (var duplicate in kpi.Targets.GroupBy(t => (t.Period, t.Area)).Where(g => g.Count() > 1))
            issues.Error(duplicate.Last().At, $"Er staan twee streefwaarden voor periode {duplicate.Key.Period}" + (duplicate.Key.Area is { } area ? $" en gebied {area}." : "."));
    }

    private static void CheckChangelog(KpiDefinition kpi, IssueList issues)
    {
        if (!kpi.Changelog.Any(c => c.Version == kpi.Version))
            issues.Error(kpi.Where("changelog"), $"De wijzigingslog ('changelog') van '{kpi.Id}' heeft geen regel voor versie {kpi.Version}: beschrijf wat er in deze versie veranderde.");
        foreach (var change in kpi.Changelog.Where(c => c.Version > kpi.Version))
            issues.Error(change.At, $"De wijzigingslog noemt versie {change.Version}, maar de KPI staat op versie {kpi.Version}.");
    }

    internal static CodeList? CodeListOf(KpiCatalog catalog, DatasetDefinition dataset, string column) =>
        dataset.Column(column)?.CodeList is { } id ? catalog.CodeList(id.Value) : null;
}
