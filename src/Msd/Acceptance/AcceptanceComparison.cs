using System.Globalization;
using Msd.Catalog;
using Msd.Computation;
using Msd.Privacy;
using Msd.Publication;

namespace Msd.Acceptance;

/// <summary>Compares what a case expects with what the engine computed and publication showed, in Dutch.</summary>
internal static class AcceptanceComparison
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static (bool Passed, string Explanation) Compare(ExpectedOutcome expected, KpiValue? computed, ExportRow? shown)
    {
        if (computed is null)
            return (false, "Geen waarde berekend voor deze periode en dit gebied: de fixture levert geen rijen die meetellen.");
        var problems = new List<string>();
        Check(problems, "teller", expected.Exact.Numerator, computed.Numerator);
        Check(problems, "noemer", expected.Exact.Denominator, computed.Denominator);
        Check(problems, "waarde", expected.Exact.Value, computed.Value);
        var disclosure = shown?.Status switch
        {
            PublishedValue.Ok or PublishedValue.Provisional => "getoond",
            PublishedValue.Suppressed => "onderdrukt",
            null => "niet gepubliceerd",
            var other => other,
        };
        if (disclosure != expected.Disclosure?.Value)
            problems.Add($"onthullingsbeheer: verwacht {expected.Disclosure?.Value}, kreeg {disclosure}{(shown?.Reason is { } r ? $" ({r})" : "")}");
        else if (expected.Published is { } p)
        {
            Check(problems, "getoonde teller", p.Numerator, shown?.Numerator);
            Check(problems, "getoonde noemer", p.Denominator, shown?.Denominator);
            Check(problems, "getoonde waarde", p.Value, shown?.Value);
        }
        var denominator = computed.Denominator is null ? "" : $", noemer {N(computed.Denominator)}";
        var got = $"berekend: teller {N(computed.Numerator)}{denominator}, waarde {N(computed.Value)}; {disclosure}"
            + (disclosure != "getoond" ? "" : shown?.Denominator is null ? $" als {N(shown?.Value)}" : $" als {N(shown.Numerator)} / {N(shown.Denominator)} = {N(shown.Value)}");
        return problems.Count == 0 ? (true, got) : (false, string.Join("; ", problems) + $" ({got})");
    }

    /// <summary>A number as expected: the value compared to as many decimals as the case writes (66.67 matches 66.6667).</summary>
    private static void Check(List<string> problems, string what, Located<decimal>? expected, decimal? got)
    {
        if (expected is null)
            return;
        var decimals = BitConverter.GetBytes(decimal.GetBits(expected.Value)[3])[2];
        if (got is not { } g || Math.Round(g, decimals, MidpointRounding.AwayFromZero) != expected.Value)
            problems.Add($"{what}: verwacht {N(expected.Value)}, kreeg {N(got)}");
    }

    private static string N(decimal? d) => d is { } x ? x.ToString("0.####", Dutch) : "leeg";
}
