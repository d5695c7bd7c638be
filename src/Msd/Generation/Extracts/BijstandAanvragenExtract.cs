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

    public static void Write(SyntheticWorld world, ExtractRun run) =>
        run.WriteMonthly("bijstand_aanvragen", world.Population.Municipality.Code, "windows-1252", Header, world.Income.Aanvragen, (aanvraag, month) =>
            ExtractRun.MutationCode(MonthlyChanges.Of(aanvraag.Aanvraag, run.FirstMonth, month, aanvraag.Voorschot, aanvraag.Besluitdatum), "T", "W") is { } kind
                ? Row(world, aanvraag, kind, ExtractRun.LastDay(month), run.Seed)
                : null);

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
