using System.Globalization;

namespace Msd.Generation.Extracts;

/// <summary>
/// The monthly mutation file of the vroegsignalering application (catalog/sources/vroegsignalen.yaml):
/// N when the signal came in, W when the first contact attempt or the contact followed.
/// </summary>
internal static class VroegsignalenExtract
{
    public static readonly string[] Header =
    [
        "Mutatiesoort", "Gemeentecode", "Signaalnummer", "BSN", "Naam", "Straat", "Huisnummer", "Postcode", "Woonplaats", "Melder",
        "Datum signaal", "Hoogte achterstand", "Meervoudig", "Datum eerste contactpoging", "Datum contact", "Hulp aanvaard",
        "Doorverwezen schuldhulp",
    ];

    public static void Write(SyntheticWorld world, ExtractRun run)
    {
        var code = world.Population.Municipality.Code;
        foreach (var month in run.Months())
        {
            var day = ExtractRun.LastDay(month);
            using var file = run.OpenCsv($"vroegsignalen_{code}_{ExtractRun.MonthName(month)}", "utf-8-bom", Header, code);
            foreach (var signal in world.Debt.Signalen)
            {
                var change = MonthlyChanges.Of(signal.Datum, run.FirstMonth, month, signal.Contactpoging, signal.Contact);
                if (change != MonthlyChange.None)
                    file.Write(Row(world, signal, change == MonthlyChange.New ? "N" : "W", day, run.Seed));
            }
        }
    }

    private static string[] Row(SyntheticWorld world, Vroegsignaal signal, string kind, DateOnly day, long seed)
    {
        var person = signal.Client;
        var who = SyntheticIdentity.Of(person, world.Population, seed);
        var contact = ExtractValues.Known(signal.Contact, day);
        return
        [
            kind, world.Population.Municipality.Code, signal.Id, person.Bsn, who.FullName, who.Straat, who.Huisnummer.ToString(CultureInfo.InvariantCulture),
            ExtractValues.Postcode(person.Household.Postcode), who.Woonplaats, DebtCodes.Partner[signal.Partner], ExtractValues.Date(signal.Datum),
            ExtractValues.Euro(signal.Achterstand), ExtractValues.YesNo(signal.Meervoudig), ExtractValues.Date(ExtractValues.Known(signal.Contactpoging, day)),
            ExtractValues.Date(contact), ExtractValues.YesNo(contact is not null && signal.HulpAanvaard),
            ExtractValues.YesNo(contact is not null && signal.DoorverwezenSchuldhulp),
        ];
    }
}
