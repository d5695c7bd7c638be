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

    public static void Write(SyntheticWorld world, ExtractRun run) =>
        run.WriteMonthly("vroegsignalen", world.Population.Municipality.Code, "utf-8-bom", Header, world.Debt.Signalen, (signal, month) =>
            ExtractRun.MutationCode(MonthlyChanges.Of(signal.Datum, run.FirstMonth, month, signal.Contactpoging, signal.Contact), "N", "W") is { } kind
                ? Row(world, signal, kind, ExtractRun.LastDay(month), run.Seed)
                : null);

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
