using Msd.Generation;
using Msd.Tests.Support;

namespace Msd.Tests.Ingestion.Cbs;

/// <summary>
/// The CBS tables the generator writes for De Wolden over 2020–2025 (so every district key figures
/// table from 84799NED on is there), once plain and once gzip-compressed as at national scale.
/// </summary>
public sealed class GeneratorTablesFixture : IDisposable
{
    private static readonly DateOnly From = new(2020, 1, 1);
    private static readonly DateOnly To = new(2025, 12, 31);
    private readonly TempDirectory _dir = new();

    public GeneratorTablesFixture()
    {
        var deWolden = MunicipalityProfiles.Default().Single(m => m.Code == "1690");
        var world = SyntheticWorld.Build(deWolden, From, To, 42, new BsnAllocator(42));
        var truth = GroundTruth.For(world, From, To, 42, _ => false).ToList();
        foreach (var compress in new[] { false, true })
        {
            using var tables = new CbsTables(_dir.Combine(compress ? "gz" : "plain"), compress, From, To);
            tables.Write(world, truth);
        }
    }

    /// <summary>The snapshot folders: one per table, under cbs/.</summary>
    public IReadOnlyList<string> Folders(bool compressed) =>
        [.. Directory.EnumerateDirectories(_dir.Combine(compressed ? "gz" : "plain", "cbs")).Order(StringComparer.Ordinal)];

    public void Dispose() => _dir.Dispose();
}
