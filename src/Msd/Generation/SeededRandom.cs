namespace Msd.Generation;

/// <summary>
/// A small, fast, fully specified random generator (SplitMix64). The generator's output must be
/// byte-identical for the same seed on every machine and .NET version, which System.Random does
/// not promise; each municipality and each model gets its own stream so they can run in any order.
/// </summary>
internal sealed class SeededRandom
{
    private ulong _state;

    public SeededRandom(long seed, params ReadOnlySpan<string> stream)
    {
        _state = (ulong)seed ^ 0x9E3779B97F4A7C15UL;
        foreach (var part in stream)
        {
            foreach (var c in part)
                _state = Mix(_state ^ c);
        }
    }

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [min, max).</summary>
    public int Next(int min, int max) => min + (int)(NextULong() % (ulong)(max - min));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>An index drawn with the given (not necessarily normalised) weights.</summary>
    public int PickIndex(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
            total += w;
        var x = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
                return i;
        }
        return weights.Length - 1;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];

    /// <summary>One of the options, drawn with their weights: <c>Weighted(("ZVZ", 45), ("ENE", 20))</c>.</summary>
    public T Weighted<T>(params ReadOnlySpan<(T Item, double Weight)> options)
    {
        Span<double> weights = stackalloc double[options.Length];
        for (var i = 0; i < options.Length; i++)
            weights[i] = options[i].Weight;
        return options[PickIndex(weights)].Item;
    }

    /// <summary>Standard normal (Box–Muller), for log-normal sizes and durations.</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Exponentially distributed with the given mean, e.g. a duration in days.</summary>
    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
