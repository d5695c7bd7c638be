namespace Msd.Generation;

/// <summary>The scale of a generation run: the default pair, the Drenthe region, or the whole country.</summary>
public enum GeneratorScale
{
    Gemeenten,
    Regio,
    Landelijk,
}

/// <summary>What `msd generate` was asked to make. Same options and seed give byte-identical output.</summary>
public sealed record GeneratorOptions(
    string OutputDirectory,
    long Seed,
    GeneratorScale Scale,
    DateOnly From,
    DateOnly To,
    double DefectRate,
    string? MunicipalityList)
{
    /// <summary>Five full years by default (2021–2025); one year (2025) at national scale.</summary>
    public static (DateOnly From, DateOnly To) DefaultSpan(GeneratorScale scale) =>
        scale == GeneratorScale.Landelijk ? (new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)) : (new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31));

    /// <summary>National output is gzip-compressed (.xml.gz, .csv.gz) to stay well under 15 GB.</summary>
    public bool Compress => Scale == GeneratorScale.Landelijk;
}
