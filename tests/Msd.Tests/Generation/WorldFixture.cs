using Msd.Generation;

namespace Msd.Tests.Generation;

/// <summary>The default synthetic world (De Wolden and Hoogeveen, 2021–2025), built once for all generation tests.</summary>
public sealed class WorldFixture
{
    public static readonly DateOnly From = new(2021, 1, 1);
    public static readonly DateOnly To = new(2025, 12, 31);

    public WorldFixture()
    {
        var bsns = new BsnAllocator(42);
        Worlds = [.. MunicipalityProfiles.Default().Select(m => SyntheticWorld.Build(m, From, To, 42, bsns))];
    }

    internal IReadOnlyList<SyntheticWorld> Worlds { get; }
}
