using Msd.Privacy;

namespace Msd.Generation;

/// <summary>
/// Hands out unique synthetic BSNs that pass the 11-proef, spread over the whole number range by a
/// fixed permutation so consecutive people do not get consecutive numbers.
/// </summary>
internal sealed class BsnAllocator
{
    private const int Range = 90_000_000;
    private const long Step = 7_919_993; // coprime with Range, so k -> k·Step mod Range visits every prefix once
    private long _k;

    /// <param name="seed">The run's seed: another seed, other numbers.</param>
    /// <param name="offset">Where this allocator's block starts, so municipalities built in parallel never share a number.</param>
    public BsnAllocator(long seed, long offset = 0) => _k = Math.Abs(seed % Range) + offset;

    /// <summary>
    /// One allocator per municipality, each with its own block of the permutation: twice the
    /// inhabitants, enough for births and arrivals, so the numbers do not depend on the order in
    /// which municipalities are built.
    /// </summary>
    public static IReadOnlyList<BsnAllocator> Blocks(long seed, IReadOnlyList<GeneratedMunicipality> municipalities)
    {
        var offset = 0L;
        var result = new List<BsnAllocator>();
        foreach (var municipality in municipalities)
        {
            result.Add(new BsnAllocator(seed, offset));
            offset += 2L * municipality.Inhabitants + 1_000;
        }
        if (offset > Range * 9L / 10)
            throw new MsdUserException("Te veel inwoners voor de synthetische BSN-ruimte; kies een kleinere schaal.");
        return result;
    }

    public string Next()
    {
        while (true)
        {
            var prefix = 10_000_000 + (int)(_k++ * Step % Range);
            if (Bsn.TryComplete(prefix, out var bsn))
                return bsn;
        }
    }
}
