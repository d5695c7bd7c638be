using System.Globalization;

namespace Msd.Generation.Extracts;

/// <summary>
/// The municipality's own population counts from the BRP at every month end: inhabitants per
/// district, age and sex (catalog/sources/brp-bevolking.yaml) and households per district and type
/// (brp-huishoudens.yaml). Aggregates only, no person. These are the denominators of most KPIs;
/// a period's peildatum is its last day.
/// </summary>
internal static class BrpTellingExtract
{
    public static readonly string[] PeopleHeader = ["Peildatum", "Gemeentecode", "Wijkcode", "Leeftijd", "Geslacht", "Aantal inwoners"];
    public static readonly string[] HouseholdHeader = ["Peildatum", "Gemeentecode", "Wijkcode", "Huishoudtype", "Aantal huishoudens"];

    public static void Write(SyntheticWorld world, ExtractRun run)
    {
        var population = world.Population;
        var code = population.Municipality.Code;
        foreach (var month in run.Months())
        {
            var day = ExtractRun.LastDay(month);
            var date = ExtractValues.Date(day);
            var living = population.People.Where(p => p.LivesThereOn(day)).ToList();
            using (var people = run.OpenCsv($"brp_bevolking_{code}_{ExtractRun.MonthName(month)}", "utf-8-bom", PeopleHeader))
            {
                foreach (var cell in living.GroupBy(p => (p.Household.District, Age: Math.Min(p.AgeOn(day), 105), p.Sex)).OrderBy(g => g.Key))
                {
                    people.Write([date, code, population.Municipality.Districts[cell.Key.District].Code, cell.Key.Age.ToString(CultureInfo.InvariantCulture),
                        cell.Key.Sex == 1 ? "M" : "V", cell.Count().ToString(CultureInfo.InvariantCulture)]);
                }
            }
            using var households = run.OpenCsv($"brp_huishoudens_{code}_{ExtractRun.MonthName(month)}", "utf-8-bom", HouseholdHeader);
            foreach (var cell in living.Select(p => p.Household).Distinct().GroupBy(h => (h.District, h.Type)).OrderBy(g => g.Key.District).ThenBy(g => g.Key.Type, StringComparer.Ordinal))
            {
                households.Write([date, code, population.Municipality.Districts[cell.Key.District].Code, cell.Key.Type,
                    cell.Count().ToString(CultureInfo.InvariantCulture)]);
            }
        }
    }
}
