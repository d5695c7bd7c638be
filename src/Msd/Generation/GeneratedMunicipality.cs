namespace Msd.Generation;

/// <summary>A municipality of the synthetic world: its size, districts and how it differs from the average.</summary>
internal sealed record GeneratedMunicipality(
    string Code,
    string Name,
    string Province,
    int Inhabitants,
    IReadOnlyList<GeneratedDistrict> Districts,
    double Ageing,
    double ServiceLevel);

/// <summary>
/// A CBS-style district (wijk) with its PC4 areas. <see cref="Weight"/> is its share of the
/// inhabitants; <see cref="Deprivation"/> (around 1) raises or lowers benefit, poverty and debt rates.
/// </summary>
internal sealed record GeneratedDistrict(string Code, string Name, IReadOnlyList<string> Postcodes, double Weight, double Deprivation);
