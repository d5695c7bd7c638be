using System.Globalization;
using Msd.IStandaarden;

namespace Msd.Generation;

/// <summary>
/// The name and address a municipal system holds for a synthetic person, drawn from small built-in
/// lists so the exports look real without naming anyone. The same person always gets the same
/// identity for a seed; members of a household share the surname (mostly) and the address.
/// </summary>
internal sealed record SyntheticIdentity(string Voorvoegsel, string Achternaam, string Voorletters, string Straat, int Huisnummer, string Woonplaats)
{
    private static readonly (string Voorvoegsel, string Achternaam)[] Surnames =
    [
        ("de", "Vries"), ("", "Jansen"), ("van den", "Berg"), ("", "Bakker"), ("", "Visser"), ("", "Smit"), ("", "Meijer"),
        ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"),
        ("van", "Dijk"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"), ("", "Kok"), ("", "Hoekstra"),
        ("van der", "Veen"), ("", "Postma"), ("", "Huisman"), ("", "Çelik"), ("", "Öztürk"), ("", "Müller"), ("", "Nguyen"),
        ("El", "Amrani"), ("", "Veenstra"), ("", "Zuidema"), ("", "Lubbers"), ("", "Schuiling"), ("", "Wolters"), ("", "Oosting"),
        ("", "Kloosterman"), ("ter", "Horst"), ("", "Noël"), ("", "Daniëls"), ("", "Boerema"),
    ];

    private static readonly string[] Streets =
    [
        "Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenweg", "Hoofdstraat", "Julianalaan", "Beatrixstraat", "Stationsweg",
        "Brinkstraat", "Esweg", "Wilhelminastraat", "Lindelaan", "Eikenlaan", "Berkenlaan", "Vlinderstraat", "Zwaluwstraat",
        "Havenstraat", "Burgemeester Tonckensstraat", "Raadhuisplein", "Het Haagje", "Weegbree", "Reigerstraat", "Slingeplein",
    ];

    private const string Initials = "AABCDEFGHHIJJJKLMMNPRSTW";

    public static SyntheticIdentity Of(GeneratedPerson person, GeneratedPopulation population, long seed)
    {
        var household = person.Household;
        var code = population.Municipality.Code;
        var house = new SeededRandom(seed, "adres", code, household.Id.ToString(CultureInfo.InvariantCulture));
        var own = new SeededRandom(seed, "naam", person.Bsn);
        var (voorvoegsel, achternaam) = Surnames[(own.Chance(0.85) ? house : own).Next(0, Surnames.Length)];
        var initials = string.Concat(Enumerable.Range(0, own.Next(1, 4)).Select(_ => Initials[own.Next(0, Initials.Length)] + "."));
        var street = Streets[house.Next(0, Streets.Length)];
        return new SyntheticIdentity(voorvoegsel, achternaam, initials, street, household.HouseNumber,
            population.DistrictOf(person).Name);
    }

    /// <summary>The person as iJw/iWmo messages carry them (voorletters without dots, as the XSD demands).</summary>
    public static Persoon Persoon(GeneratedPerson person, GeneratedPopulation population, long seed)
    {
        var who = Of(person, population, seed);
        var naam = new Naam(new Achternaam(who.Achternaam, who.Voorvoegsel.Length == 0 ? null : who.Voorvoegsel), Voorletters: who.Voorletters.Replace(".", "", StringComparison.Ordinal));
        return new Persoon(person.Bsn, new Geboortedatum(person.BirthDate), person.Sex.ToString(CultureInfo.InvariantCulture), naam);
    }

    /// <summary>"Vries, J.A. de", as uitkeringsadministraties sort names.</summary>
    public string SortName => Voorvoegsel.Length == 0 ? $"{Achternaam}, {Voorletters}" : $"{Achternaam}, {Voorletters} {Voorvoegsel}";

    /// <summary>"J.A. de Vries".</summary>
    public string FullName => Voorvoegsel.Length == 0 ? $"{Voorletters} {Achternaam}" : $"{Voorletters} {Voorvoegsel} {Achternaam}";

    public string Address => string.Create(CultureInfo.InvariantCulture, $"{Straat} {Huisnummer}");

    /// <summary>One of the five staff members of a team (consulent, klantmanager), the same one for the same case.</summary>
    public static string Staff(long seed, string team, string caseId)
    {
        var member = new SeededRandom(seed, "zaak", caseId).Next(0, 5);
        var random = new SeededRandom(seed, "medewerker", team, member.ToString(CultureInfo.InvariantCulture));
        var (voorvoegsel, achternaam) = Surnames[random.Next(0, Surnames.Length)];
        return $"{Initials[random.Next(0, Initials.Length)]}. {(voorvoegsel.Length > 0 ? voorvoegsel + " " : "")}{achternaam}";
    }
}
