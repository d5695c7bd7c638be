using System.Globalization;
using System.Text.RegularExpressions;

namespace Msd.Catalog;

/// <summary>Checks an acceptance file against the catalogue: its KPI, the datasets and columns of its fixtures, the values, period and area.</summary>
internal static partial class AcceptanceCaseChecks
{
    /// <summary>Raw iJw/iWmo message tables a case may fill under 'messages' (schema 0003); their columns are checked when the case runs.</summary>
    public const string RawTablePrefix = "bericht_";

    public static void Run(KpiCatalog catalog, AcceptanceSuite suite, IssueList issues)
    {
        var kpi = catalog.Kpi(suite.KpiId.Value);
        if (kpi is null)
        {
            issues.Error(suite.KpiId.At, $"De KPI '{suite.KpiId.Value}' staat niet in de catalogus.{Spelling.Suggest(suite.KpiId.Value, catalog.Kpis.Select(k => k.Id))}");
            return;
        }
        foreach (var group in suite.Cases.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            issues.Error(group.Skip(1).First().At, $"Het acceptatiegeval '{group.Key}' staat twee keer in dit bestand; elk geval heeft een eigen id.");
        foreach (var c in suite.Cases)
            Check(catalog, kpi, c, issues);
    }

    private static void Check(KpiCatalog catalog, KpiDefinition kpi, AcceptanceCase c, IssueList issues)
    {
        CheckPeriod(kpi, c.Period, issues);
        if (!AreaCode().IsMatch(c.Area.Value))
            issues.Error(c.Area.At, $"Het gebied '{c.Area.Value}' bestaat niet in de acceptatieomgeving. Kies GM1690 (De Wolden, standaard), GM0118 (Hoogeveen), SWO (beide samen) of een wijk (WK169001).");
        foreach (var table in c.Fixture)
        {
            if (table.Raw)
            {
                if (!table.Table.Value.StartsWith(RawTablePrefix, StringComparison.Ordinal))
                    issues.Error(table.Table.At, $"Onder 'messages' staan ruwe berichttabellen, zoals bericht_toewijzing of bericht_levering; '{table.Table.Value}' is er geen.");
                continue;
            }
            var dataset = catalog.Dataset(table.Table.Value);
            if (dataset is null)
            {
                issues.Error(table.Table.At, $"De dataset '{table.Table.Value}' bestaat niet.{Spelling.Suggest(table.Table.Value, catalog.Datasets.Select(d => d.Id))}");
                continue;
            }
            if (!kpi.DatasetIds.Contains(dataset.Id))
                issues.Error(table.Table.At, $"KPI {kpi.Id} leest dataset '{dataset.Id}' niet; een acceptatiegeval vult alleen {string.Join(" en ", kpi.DatasetIds)}.");
            foreach (var value in table.Rows.SelectMany(r => r.Values))
                CheckValue(dataset, value, issues);
        }
        var expected = c.Expected;
        if (kpi.Denominator is null && expected.Exact.Denominator is { } d)
            issues.Error(d.At, $"KPI {kpi.Id} ({kpi.Type}) heeft geen noemer; laat 'denominator' weg.");
    }

    private static void CheckValue(DatasetDefinition dataset, FixtureValue value, IssueList issues)
    {
        var column = dataset.Column(value.Column.Value);
        if (column is null)
        {
            issues.Error(value.Column.At, $"Dataset '{dataset.Id}' heeft geen kolom '{value.Column.Value}'.{Spelling.Suggest(value.Column.Value, dataset.Columns.Select(c => c.Name))}");
            return;
        }
        if (AcceptanceValues.Parse(column.Type, value.Text) is (null, { } expected))
            issues.Error(value.At, $"Kolom '{column.Name}' verwacht {expected}, niet '{value.Text}'.");
    }

    private static void CheckPeriod(KpiDefinition kpi, Located<string> period, IssueList issues)
    {
        var label = period.Value;
        var grain = PeriodLabel().Match(label) switch
        {
            { Success: false } => null,
            var m when m.Groups["day"].Success => "peildatum",
            var m when m.Groups["half"].Success => "half_year",
            var m when m.Groups["quarter"].Success => "quarter",
            var m when m.Groups["month"].Success => "month",
            _ => "year",
        };
        if (grain is null || (grain == "peildatum" && !DateOnly.TryParseExact(label, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            issues.Error(period.At, $"'{label}' is geen periode. Schrijf een jaar (2024), halfjaar (2024-H1), kwartaal (2024-Q3), maand (2024-05) of, bij een KPI op een peildatum, de datum (2024-12-31).");
            return;
        }
        if (kpi.Period.Kind == "reference_date" && grain != "peildatum")
            issues.Error(period.At, $"KPI {kpi.Id} wordt op een peildatum gemeten: schrijf de periode als de laatste dag van een {Grains(kpi)}, bijvoorbeeld 2024-12-31.");
        else if (kpi.Period.Kind != "reference_date" && (grain == "peildatum" || !kpi.Period.Grains.Contains(grain)))
            issues.Error(period.At, $"KPI {kpi.Id} wordt berekend per {Grains(kpi)}; '{label}' is daar geen periode van.");
    }

    private static string Grains(KpiDefinition kpi) => string.Join(" of ", kpi.Period.Grains.Select(g => g switch
    {
        "year" => "jaar",
        "half_year" => "halfjaar",
        "quarter" => "kwartaal",
        _ => "maand",
    }));

    [GeneratedRegex(@"^\d{4}(-((?<half>H[12])|(?<quarter>Q[1-4])|(?<month>(0[1-9]|1[0-2]))(?<day>-\d{2})?))?$")]
    private static partial Regex PeriodLabel();

    [GeneratedRegex(@"^(GM(1690|0118)|SWO|WK(1690|0118)\d{2})$")]
    private static partial Regex AreaCode();
}
