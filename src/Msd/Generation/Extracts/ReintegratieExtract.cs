namespace Msd.Generation.Extracts;

/// <summary>The monthly full extract of re-integration provisions (catalog/sources/re-integratie.yaml).</summary>
internal static class ReintegratieExtract
{
    public static readonly string[] Header =
    [
        "Gemeentecode", "Voorzieningnummer", "BSN", "Naam", "Geboortedatum", "Postcode", "Instrument", "Uitkering bij start",
        "Startdatum", "Einddatum", "Loonwaarde (%)", "Uitstroom naar werk", "Werkgever", "Trajectbegeleider",
    ];

    private static readonly Dictionary<string, string> Instrument = new(StringComparer.Ordinal)
    {
        ["LKS"] = "LKS-PW",
        ["BW"] = "BESCHUT",
        ["JC"] = "JOBCOACH",
        ["WEP"] = "WERKERV",
        ["PRO"] = "PROEFPL",
        ["SCH"] = "SCHOLING",
        ["SA"] = "SOC-ACT",
        ["BEM"] = "BEMIDDEL",
        ["OV"] = "OVERIG",
    };

    private static readonly string[] Employers =
    [
        "Hoveniersbedrijf De Linde", "Techniek Noord BV", "Zorgcentrum De Weide", "Supermarkt Brinkzicht", "Schoonmaakbedrijf Glans",
        "Metaalbewerking Reestdal", "Kringloop Het Goed", "Garage Oosting", "Bakkerij De Korenschoof", "Groenvoorziening Drenthe",
    ];

    public static void Write(SyntheticWorld world, ExtractRun run) =>
        run.WriteMonthly("reintegratie_voorzieningen", world.Population.Municipality.Code, "utf-8-bom", Header, world.Income.Reintegratie, (provision, month) =>
            MonthlyChanges.RunsIn(provision.Begin, provision.End, month) ? Row(world, provision, ExtractRun.LastDay(month), run.Seed) : null);

    private static string[] Row(SyntheticWorld world, Reintegratie provision, DateOnly day, long seed)
    {
        var person = provision.Client;
        var end = ExtractValues.Known(provision.End, day);
        var employer = provision.Soort is "LKS" or "BW" or "WEP" or "PRO"
            ? Employers[new SeededRandom(seed, "werkgever", provision.Id).Next(0, Employers.Length)]
            : "";
        return
        [
            world.Population.Municipality.Code, provision.Id, person.Bsn, SyntheticIdentity.Of(person, world.Population, seed).FullName,
            ExtractValues.Date(person.BirthDate), ExtractValues.Postcode(person.Household.Postcode), Instrument[provision.Soort],
            ExtractValues.YesNo(provision.MetUitkering), ExtractValues.Date(provision.Begin), ExtractValues.Date(end),
            ExtractValues.Decimal(provision.Loonwaarde), ExtractValues.YesNo(end is not null && provision.UitstroomNaarWerk), employer,
            SyntheticIdentity.Staff(seed, "participatie", provision.Id),
        ];
    }
}
