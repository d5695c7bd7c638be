using System.Globalization;

namespace Msd.Generation;

/// <summary>
/// Builds a municipality's inhabitants and households at the start of the run, then lives through
/// every month: births, deaths, departures and arrivals. Ageing follows from the birth dates.
/// </summary>
internal static class PopulationModel
{
    // share of adults (household heads) per five-year band from 20 to 94, the Dutch shape; Ageing scales 60+
    private static readonly double[] AdultBands = [7.5, 8, 8, 7.5, 7, 7.5, 8.5, 8.7, 8, 7, 6.5, 5, 3, 1.7, 0.7];

    public static GeneratedPopulation Build(GeneratedMunicipality municipality, DateOnly from, DateOnly to, long seed, BsnAllocator bsns)
    {
        var random = new SeededRandom(seed, "bevolking", municipality.Code);
        var population = new GeneratedPopulation(municipality);
        while (population.People.Count < municipality.Inhabitants)
            AddHousehold(population, random, bsns, from, arriving: false);
        for (var month = from; month <= to; month = month.AddMonths(1))
            LiveThrough(population, random, bsns, month);
        return population;
    }

    private static void LiveThrough(GeneratedPopulation population, SeededRandom random, BsnAllocator bsns, DateOnly month)
    {
        var departures = 0;
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        foreach (var household in population.Households.ToList())
        {
            var living = household.Members.Where(p => p.Until is null).ToList();
            if (living.Count == 0)
                continue;
            var day = month.AddDays(random.Next(0, days));
            var youngest = living.Min(p => p.AgeOn(month));
            if (random.Chance((living.Max(p => p.AgeOn(month)) < 30 ? 0.07 : 0.03) / 12))
            {
                living.ForEach(p => p.Until = day);
                departures += living.Count;
                continue;
            }
            foreach (var person in living)
            {
                var age = person.AgeOn(month);
                if (random.Chance(Math.Min(0.35, 0.00002 * Math.Exp(0.098 * age)) / 12))
                    (person.Until, person.Died) = (day, true);
            }
            var mother = living.FirstOrDefault(p => p.Sex == 2 && p.AgeOn(month) is >= 20 and <= 42);
            if (mother is not null && household.Type is "PZK" or "PMK" && youngest > 0 && random.Chance(0.09 / 12))
            {
                household.Type = "PMK";
                AddPerson(population, household, random, bsns, day, day);
            }
        }
        // arrivals roughly replace departures, so size stays near the real figure
        var arrivals = 0;
        while (arrivals < departures)
            arrivals += AddHousehold(population, random, bsns, month.AddDays(random.Next(0, days)), arriving: true);
    }

    private static int AddHousehold(GeneratedPopulation population, SeededRandom random, BsnAllocator bsns, DateOnly date, bool arriving)
    {
        var municipality = population.Municipality;
        var weights = AdultBands.Select((w, i) => i >= 8 ? w * municipality.Ageing : w).ToArray();
        var headAge = 20 + 5 * random.PickIndex(weights) + random.Next(0, 5);
        var type = HouseholdType(headAge, random);
        var districtWeights = municipality.Districts.Select(d => d.Weight).ToArray();
        var district = random.PickIndex(districtWeights);
        var pc4 = random.Pick(municipality.Districts[district].Postcodes);
        var household = new GeneratedHousehold
        {
            Id = population.Households.Count + 1,
            District = district,
            Postcode = pc4 + (char)('A' + random.Next(0, 8)) + (char)('A' + random.Next(0, 20)),
            Type = type,
        };
        household.HouseNumber = population.NextHouseNumber(household.Postcode);
        population.Households.Add(household);
        var since = arriving ? date : new DateOnly(1900, 1, 1);
        var headSex = random.Next(1, 3);
        AddPerson(population, household, random, bsns, BirthDate(date, headAge, random), since, headSex);
        if (type is "PZK" or "PMK")
            AddPerson(population, household, random, bsns, BirthDate(date, Math.Max(18, headAge + random.Next(-4, 4)), random), since, 3 - headSex);
        if (type is "PMK" or "ALO")
        {
            var children = 1 + random.PickIndex([40, 42, 18]);
            for (var i = 0; i < children; i++)
                AddPerson(population, household, random, bsns, BirthDate(date, random.Next(0, Math.Clamp(headAge - 19, 1, 18)), random), since);
        }
        return household.Members.Count;
    }

    private static readonly string[] Types = ["ALS", "PZK", "PMK", "ALO"];

    private static string HouseholdType(int headAge, SeededRandom random) => Types[headAge switch
    {
        < 30 => random.PickIndex([55, 30, 10, 5]),
        < 50 => random.PickIndex([25, 12, 50, 13]),
        < 65 => random.PickIndex([30, 45, 20, 5]),
        _ => random.PickIndex([45, 55, 0, 0]),
    }];

    private static DateOnly BirthDate(DateOnly on, int age, SeededRandom random) =>
        on.AddYears(-age).AddDays(-random.Next(0, 365));

    private static void AddPerson(GeneratedPopulation population, GeneratedHousehold household, SeededRandom random, BsnAllocator bsns, DateOnly birth, DateOnly since, int sex = 0)
    {
        var person = new GeneratedPerson
        {
            Id = population.People.Count + 1,
            Bsn = bsns.Next(),
            BirthDate = birth,
            Sex = sex == 0 ? random.Next(1, 3) : sex,
            Household = household,
            Since = since,
        };
        household.Members.Add(person);
        population.People.Add(person);
    }
}

/// <summary>Everyone who lived in one municipality at some point of the run.</summary>
internal sealed class GeneratedPopulation(GeneratedMunicipality municipality)
{
    public GeneratedMunicipality Municipality { get; } = municipality;

    public List<GeneratedPerson> People { get; } = [];

    public List<GeneratedHousehold> Households { get; } = [];

    public GeneratedDistrict DistrictOf(GeneratedPerson person) => Municipality.Districts[person.Household.District];

    private readonly Dictionary<string, int> _houseNumbers = new(StringComparer.Ordinal);

    /// <summary>The next free house number in a PC6 postcode, so postcode and house number identify one address.</summary>
    public int NextHouseNumber(string postcode) => _houseNumbers[postcode] = _houseNumbers.GetValueOrDefault(postcode) + 1;

    /// <summary>A registration number: a letter for the kind of record, the municipality, then a sequence number.</summary>
    public string RecordId(string prefix, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{Municipality.Code}{index + 1:D7}");

    public int CountOn(DateOnly date, Func<GeneratedPerson, bool>? where = null) =>
        People.Count(p => p.LivesThereOn(date) && (where is null || where(p)));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Municipality.Name}: {People.Count} personen");
}
