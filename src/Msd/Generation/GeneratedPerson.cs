namespace Msd.Generation;

/// <summary>
/// One synthetic inhabitant. Mutable on purpose: the monthly simulation moves, ages and ends
/// people in place, and at national scale a class per person keeps memory flat and predictable.
/// </summary>
internal sealed class GeneratedPerson
{
    public required int Id { get; init; }

    public required string Bsn { get; init; }

    public required DateOnly BirthDate { get; init; }

    /// <summary>1 man, 2 vrouw (iStandaarden Geslacht).</summary>
    public required int Sex { get; init; }

    public required GeneratedHousehold Household { get; set; }

    /// <summary>First day living in the municipality (birth or arrival); before the run for the initial population.</summary>
    public required DateOnly Since { get; init; }

    /// <summary>First day no longer living there (death or departure), if that happened in the run.</summary>
    public DateOnly? Until { get; set; }

    public bool Died { get; set; }

    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        return date < BirthDate.AddYears(age) ? age - 1 : age;
    }

    public bool LivesThereOn(DateOnly date) => Since <= date && (Until is null || date < Until);

    /// <summary>Lives there on at least one day of [from, to].</summary>
    public bool LivesThereDuring(DateOnly from, DateOnly to) => Since <= to && (Until is null || Until > from);
}

/// <summary>A household at one address: its district, postcode (PC6) and composition type.</summary>
internal sealed class GeneratedHousehold
{
    public required int Id { get; init; }

    public required int District { get; set; }

    public required string Postcode { get; set; }

    /// <summary>Unique within the postcode: postcode and house number together are the address.</summary>
    public int HouseNumber { get; set; }

    /// <summary>Code from the huishoudtype list: alleenstaand, paar, paar met kinderen, eenouder.</summary>
    public required string Type { get; set; }

    public List<GeneratedPerson> Members { get; } = [];
}
