using System.Globalization;

namespace Msd.Generation.Extracts;

/// <summary>The monthly mutation file of minima applications (catalog/sources/minima-aanvragen.yaml): N when received, W when decided.</summary>
internal static class MinimaAanvragenExtract
{
    public static readonly string[] Header =
    [
        "Mutatiesoort", "Gemeentecode", "Aanvraagnummer", "BSN", "Achternaam", "Voorletters", "Straat", "Huisnummer", "Postcode",
        "Woonplaats", "Regeling", "Datum aanvraag", "Datum besluit", "Besluit", "Toegekend bedrag", "Inkomen % sociaal minimum", "Behandelaar",
    ];

    public static void Write(SyntheticWorld world, ExtractRun run) =>
        run.WriteMonthly("minima_aanvragen", world.Population.Municipality.Code, "utf-8-bom", Header, world.Income.Minima, (aanvraag, month) =>
            ExtractRun.MutationCode(MonthlyChanges.Of(aanvraag.Aanvraag, run.FirstMonth, month, aanvraag.Besluitdatum), "N", "W") is { } kind
                ? Row(world, aanvraag, kind, ExtractRun.LastDay(month), run.Seed)
                : null);

    private static string[] Row(SyntheticWorld world, MinimaAanvraag aanvraag, string kind, DateOnly day, long seed)
    {
        var person = aanvraag.Client;
        var who = SyntheticIdentity.Of(person, world.Population, seed);
        var decided = ExtractValues.Known(aanvraag.Besluitdatum, day) is not null && aanvraag.Besluit is not null;
        return
        [
            kind, world.Population.Municipality.Code, aanvraag.Id, person.Bsn, who.Voorvoegsel.Length > 0 ? $"{who.Voorvoegsel} {who.Achternaam}" : who.Achternaam,
            who.Voorletters, who.Straat, who.Huisnummer.ToString(CultureInfo.InvariantCulture), ExtractValues.Postcode(person.Household.Postcode),
            who.Woonplaats, MinimaCodes.Regeling[aanvraag.Regeling], ExtractValues.Date(aanvraag.Aanvraag),
            ExtractValues.Date(decided ? aanvraag.Besluitdatum : null), decided ? MinimaCodes.Besluit[aanvraag.Besluit!] : "",
            decided ? ExtractValues.Euro(aanvraag.Bedrag) : "", ExtractValues.Decimal(aanvraag.InkomenPct),
            SyntheticIdentity.Staff(seed, "minima", aanvraag.Id),
        ];
    }
}
