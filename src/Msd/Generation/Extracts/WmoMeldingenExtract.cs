using System.Globalization;

namespace Msd.Generation.Extracts;

/// <summary>
/// The monthly mutation file of the Wmo registration (catalog/sources/wmo-meldingen.yaml). About one
/// melding in a hundred is registered twice by mistake and deleted (V) the month after.
/// </summary>
internal static class WmoMeldingenExtract
{
    public static readonly string[] Header =
    [
        "Mutatiesoort", "Mutatiedatum", "Gemeentecode", "Zaaknummer", "BSN", "Achternaam", "Voorvoegsel", "Voorletters",
        "Geboortedatum", "Geslacht", "Straat", "Huisnummer", "Postcode", "Woonplaats", "Team", "Soort hulpvraag", "Spoed",
        "Datum melding", "Cliëntondersteuning gewezen", "Datum verslag onderzoek", "Datum aanvraag", "Datum beschikking",
        "Resultaat", "Leveringsvorm", "Datum afsluiting", "Behandelaar",
    ];

    private static readonly Dictionary<string, string> Hulpvraag = new(StringComparer.Ordinal)
    {
        ["HBH"] = "HH",
        ["BEG"] = "BG",
        ["DB"] = "DB",
        ["PV"] = "PV",
        ["KV"] = "KV",
        ["ROL"] = "RS",
        ["VVZ"] = "VV",
        ["VD"] = "CV",
        ["WV"] = "WV",
        ["HMO"] = "HM",
        ["BW"] = "BW",
        ["OPV"] = "MO",
        ["OV"] = "OV",
    };

    private static readonly Dictionary<string, string> Resultaat = new(StringComparer.Ordinal)
    {
        ["TOE"] = "TK",
        ["GTO"] = "GT",
        ["AFW"] = "AW",
        ["ALG"] = "AV",
        ["ING"] = "IT",
        ["BBH"] = "BB",
    };

    public static void Write(SyntheticWorld world, ExtractRun run)
    {
        var code = world.Population.Municipality.Code;
        foreach (var month in run.Months())
        {
            using var file = run.OpenCsv($"wmo_meldingen_{code}_{ExtractRun.MonthName(month)}", "utf-8-bom", Header, code);
            foreach (var melding in world.WmoMeldingen)
            {
                var closed = Closed(melding, run.Seed);
                var change = MonthlyChanges.Of(melding.Meldingsdatum, run.FirstMonth, month, melding.OnderzoekEinde, melding.Aanvraagdatum, melding.Beschikkingsdatum, closed);
                if (change != MonthlyChange.None)
                {
                    var on = change == MonthlyChange.New ? melding.Meldingsdatum
                        : MonthlyChanges.LatestIn(month, month, melding.OnderzoekEinde, melding.Aanvraagdatum, melding.Beschikkingsdatum, closed);
                    file.Write(Row(world, melding, melding.Id, change == MonthlyChange.New ? "N" : "W", on, ExtractRun.LastDay(month), closed, run.Seed));
                }
                if (melding.Meldingsdatum >= run.FirstMonth && melding.Meldingsdatum < run.LastMonth && IsDuplicated(melding, run.Seed))
                {
                    // registered twice by mistake: the copy is new in the same month and deleted the month after
                    var copy = DuplicateId(melding.Id);
                    if (MonthlyChanges.RunsIn(melding.Meldingsdatum, melding.Meldingsdatum, month))
                        file.Write(Row(world, melding, copy, "N", melding.Meldingsdatum, melding.Meldingsdatum, null, run.Seed));
                    else if (MonthlyChanges.RunsIn(melding.Meldingsdatum.AddMonths(1), melding.Meldingsdatum.AddMonths(1), month))
                        file.Write(Row(world, melding, copy, "V", month.AddDays(2), melding.Meldingsdatum, null, run.Seed));
                }
            }
        }
    }

    /// <summary>The day the melding was fully handled: the beschikking, or the end of the onderzoek, or (withdrawn) a few weeks after the melding.</summary>
    internal static DateOnly? Closed(WmoMelding melding, long seed) =>
        melding.Beschikkingsdatum ?? melding.OnderzoekEinde
        ?? (melding.Uitkomst == "ING" ? melding.Meldingsdatum.AddDays(new SeededRandom(seed, "ingetrokken", melding.Id).Next(5, 50)) : null);

    private static string[] Row(SyntheticWorld world, WmoMelding melding, string id, string kind, DateOnly on, DateOnly known, DateOnly? closed, long seed)
    {
        var person = melding.Client;
        var who = SyntheticIdentity.Of(person, world.Population, seed);
        var done = ExtractValues.Known(closed, known) is not null;
        var granted = done && melding.Uitkomst is "TOE" or "GTO";
        return
        [
            kind, ExtractValues.Date(on), world.Population.Municipality.Code, id, person.Bsn, who.Achternaam, who.Voorvoegsel, who.Voorletters,
            ExtractValues.Date(person.BirthDate), person.Sex == 1 ? "M" : "V", who.Straat, who.Huisnummer.ToString(CultureInfo.InvariantCulture),
            ExtractValues.Postcode(person.Household.Postcode), who.Woonplaats, "Team " + melding.Team, Hulpvraag[melding.TypeHulpvraag],
            ExtractValues.YesNo(melding.Spoed), ExtractValues.Date(melding.Meldingsdatum),
            ExtractValues.YesNo(melding.ClientondersteuningGewezen),
            ExtractValues.Date(ExtractValues.Known(melding.OnderzoekEinde, known)), ExtractValues.Date(ExtractValues.Known(melding.Aanvraagdatum, known)),
            ExtractValues.Date(ExtractValues.Known(melding.Beschikkingsdatum, known)), done && melding.Uitkomst is { } uitkomst ? Resultaat[uitkomst] : "",
            granted && melding.Leveringsvorm is { } vorm ? (vorm == "PGB" ? "PGB" : "NAT") : "", ExtractValues.Date(ExtractValues.Known(closed, known)),
            SyntheticIdentity.Staff(seed, "wmo-" + melding.Team, melding.Id),
        ];
    }

    private static bool IsDuplicated(WmoMelding melding, long seed) => new SeededRandom(seed, "dubbel", melding.Id).Chance(0.01);

    /// <summary>M + gemeentecode + 9 + six digits: outside the range of real zaaknummers.</summary>
    private static string DuplicateId(string id) => string.Concat(id.AsSpan(0, 5), "9", id.AsSpan(id.Length - 6));
}
