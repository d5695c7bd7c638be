using System.Globalization;

namespace Msd.Generation.Extracts;

/// <summary>
/// The monthly full extract of minima grants (catalog/sources/minima-toekenningen.yaml): every grant
/// decided in the month, with the reference date in its first column rather than in the file name.
/// </summary>
internal static class MinimaToekenningenExtract
{
    public static readonly string[] Header =
    [
        "Peildatum", "Gemeentecode", "Beschikkingnummer", "BSN", "Naam", "Straat", "Huisnummer", "Postcode", "Woonplaats", "Leefvorm",
        "Regeling", "Datum besluit", "Ingangsdatum", "Einddatum", "Uitbetaald bedrag", "Aantal kinderen", "IBAN",
    ];

    public static void Write(SyntheticWorld world, ExtractRun run)
    {
        var code = world.Population.Municipality.Code;
        foreach (var month in run.Months())
        {
            var day = ExtractRun.LastDay(month);
            using var file = run.OpenCsv($"minima_toekenningen_{code}_{month.ToString("yyyyMM", CultureInfo.InvariantCulture)}", "utf-8-bom", Header, code);
            foreach (var grant in world.Income.Minima.Where(m => m.Besluit is "TOE" or "GTO" && m.Besluitdatum is { } d && d >= month && d <= day))
                file.Write(Row(world, grant, day, run.Seed));
        }
    }

    private static string[] Row(SyntheticWorld world, MinimaAanvraag grant, DateOnly day, long seed)
    {
        var person = grant.Client;
        var who = SyntheticIdentity.Of(person, world.Population, seed);
        var decided = grant.Besluitdatum!.Value;
        var (begin, end) = grant.Regeling == "BB" ? (decided, decided) : (new DateOnly(grant.Aanvraag.Year, 1, 1), new DateOnly(grant.Aanvraag.Year, 12, 31));
        var account = new SeededRandom(seed, "iban", person.Bsn).Next(0, 1_000_000_000);
        return
        [
            ExtractValues.Date(day), world.Population.Municipality.Code, "B" + grant.Id[1..], person.Bsn, who.FullName, who.Straat,
            who.Huisnummer.ToString(CultureInfo.InvariantCulture), ExtractValues.Postcode(person.Household.Postcode), who.Woonplaats,
            MinimaCodes.Leefvorm[person.Household.Type], MinimaCodes.Regeling[grant.Regeling], ExtractValues.Date(decided),
            ExtractValues.Date(begin), ExtractValues.Date(end), ExtractValues.Euro(grant.Bedrag),
            grant.Regeling == "KP" ? ExtractValues.Integer(grant.Kinderen) : "",
            // NL00 SYNT: an invalid check number and no real bank, so never a real account
            string.Create(CultureInfo.InvariantCulture, $"NL00SYNT0{account:D9}"),
        ];
    }
}
