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
    private readonly long _end;
    private long _k;

    /// <param name="seed">The run's seed: another seed, other numbers.</param>
    /// <param name="offset">Where this allocator's block starts, so municipalities built in parallel never share a number.</param>
    /// <param name="size">How many steps of the permutation the block holds.</param>
    public BsnAllocator(long seed, long offset = 0, long size = Range)
    {
        _k = Math.Abs(seed % Range) + offset;
        _end = _k + size;
    }

    /// <summary>
    /// One allocator per municipality, each with its own block of the permutation, sized for the
    /// births and arrivals of the run, so the numbers do not depend on the order in which
    /// municipalities are built.
    /// </summary>
    public static IReadOnlyList<BsnAllocator> Blocks(long seed, IReadOnlyList<GeneratedMunicipality> municipalities, int years)
    {
        var offset = 0L;
        var result = new List<BsnAllocator>();
        foreach (var municipality in municipalities)
        {
            // births and arrivals add about 6 % a year; one prefix in eleven has no check digit
            var size = (long)(municipality.Inhabitants * (1.3 + 0.1 * years) * 1.15) + 1_000;
            result.Add(new BsnAllocator(seed, offset, size));
            offset += size;
        }
        if (offset > Range * 9L / 10)
            throw new MsdUserException("Te veel inwoners voor de synthetische BSN-ruimte; kies een kleinere schaal.");
        return result;
    }

    public string Next()
    {
        while (true)
        {
            if (_k >= _end)
                throw new InvalidOperationException("Het BSN-blok van deze gemeente is op; vergroot de blokken in BsnAllocator.Blocks.");
            var prefix = 10_000_000 + (int)(_k++ * Step % Range);
            if (Bsn.TryComplete(prefix, out var bsn))
                return bsn;
        }
    }
}
