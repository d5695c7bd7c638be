namespace Msd.Generation.Extracts;

/// <summary>
/// The monthly mutation file of bijstand applications (catalog/sources/bijstand-aanvragen.yaml),
/// in Windows-1252: T when the aanvraag came in, W when the first advance or the decision followed.
/// </summary>
internal static class BijstandAanvragenExtract
{
    public static readonly string[] Header =
    [
        "Mutatie", "Gemeente", "Aanvraagnummer", "BSN aanvrager", "Naam aanvrager", "Postcode", "Regeling", "Datum melding",
        "Datum aanvraag", "Datum eerste voorschot", "Datum besluit", "Besluit", "Klantmanager",
    ];

    public static void Write(SyntheticWorld world, ExtractRun run)
    {
        var code = world.Population.Municipality.Code;
        foreach (var month in run.Months())
        {
            var day = ExtractRun.LastDay(month);
            using var file = run.OpenCsv($"bijstand_aanvragen_{code}_{ExtractRun.MonthName(month)}", "windows-1252", Header, code);
            foreach (var aanvraag in world.Income.Aanvragen)
            {
                var change = MonthlyChanges.Of(aanvraag.Aanvraag, run.FirstMonth, month, aanvraag.Voorschot, aanvraag.Besluitdatum);
                if (change != MonthlyChange.None)
                    file.Write(Row(world, aanvraag, change == MonthlyChange.New ? "T" : "W", day, run.Seed));
            }
        }
    }

    private static string[] Row(SyntheticWorld world, BijstandAanvraag aanvraag, string kind, DateOnly day, long seed)
    {
        var person = aanvraag.Client;
        var decided = ExtractValues.Known(aanvraag.Besluitdatum, day);
        return
        [
            kind, world.Population.Municipality.Code, aanvraag.Id, person.Bsn, SyntheticIdentity.Of(person, world.Population, seed).SortName,
            ExtractValues.Postcode(person.Household.Postcode), IncomeCodes.Regeling[aanvraag.Soort], ExtractValues.Date(aanvraag.Melding),
            ExtractValues.Date(aanvraag.Aanvraag), ExtractValues.Date(ExtractValues.Known(aanvraag.Voorschot, day)), ExtractValues.Date(decided),
            decided is null ? "" : IncomeCodes.Besluit[aanvraag.Besluit], SyntheticIdentity.Staff(seed, "inkomen", aanvraag.Id),
        ];
    }
}
