namespace Msd.Catalog;

/// <summary>Edit distance, to turn a typo into a "did you mean" hint.</summary>
internal static class Spelling
{
    /// <summary>A " Bedoelt u …?" hint when a known id is close to what was written, else empty.</summary>
    public static string Suggest(string written, IEnumerable<string> known)
    {
        var best = known.MinBy(k => Distance(k, written));
        return best is not null && Distance(best, written) <= Math.Max(2, written.Length / 4) ? $" Bedoelt u '{best}'?" : "";
    }

    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
