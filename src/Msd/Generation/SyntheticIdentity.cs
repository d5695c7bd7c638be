using System.Globalization;
using Msd.IStandaarden;

namespace Msd.Generation;

/// <summary>
/// Made-up names and addresses for synthetic people, derived from their ids so they are stable.
/// Messages and registration exports carry them because real ones do; the product never stores them.
/// </summary>
internal static class SyntheticIdentity
{
    private static readonly string[] Surnames =
    [
        "Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
        "van Dijk", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Jacobs", "Vermeulen", "Huisman",
        "Hoekstra", "Post", "Kuiper", "Veenstra", "Boer", "Schuiling", "Lubbers", "Oosting", "Zwiers", "Mensink", "Hulshof",
    ];

    private static readonly string[] FirstNamesMale = ["Jan", "Henk", "Gerrit", "Lucas", "Daan", "Bram", "Sem", "Thijs", "Albert", "Roelof", "Harm", "Jesse"];
    private static readonly string[] FirstNamesFemale = ["Anna", "Geesje", "Emma", "Julia", "Sanne", "Fenna", "Jantje", "Roos", "Tess", "Hillie", "Lotte", "Marije"];
    private static readonly string[] Streets = ["Dorpsstraat", "Hoofdstraat", "Kerkstraat", "Schoolstraat", "Molenweg", "Brinkstraat", "Esweg", "Middenweg", "Zuideinde", "Wolfsbosstraat"];

    public static (string Surname, string? Prefix, string FirstName) NameOf(GeneratedPerson person)
    {
        var surname = Surnames[(person.Household.Id * 7) % Surnames.Length];
        var parts = surname.Split(' ');
        var first = (person.Sex == 1 ? FirstNamesMale : FirstNamesFemale)[(person.Id * 13) % 12];
        return parts.Length == 1 ? (surname, null, first) : (parts[^1], string.Join(' ', parts[..^1]), first);
    }

    public static (string Street, int Number) AddressOf(GeneratedHousehold household) =>
        (Streets[(household.Id * 3) % Streets.Length], 1 + (household.Id % 180));

    public static Persoon Persoon(GeneratedPerson person, bool fullName)
    {
        var (surname, prefix, first) = NameOf(person);
        var name = new Naam(new Achternaam(surname, prefix), fullName ? first : null, first[..1]);
        return new Persoon(person.Bsn, new Geboortedatum(person.BirthDate), person.Sex.ToString(CultureInfo.InvariantCulture), name);
    }
}
