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

    public BsnAllocator(long seed) => _k = Math.Abs(seed % Range);

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
