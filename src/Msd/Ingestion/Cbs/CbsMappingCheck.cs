using System.Text.RegularExpressions;
using Msd.Catalog;

namespace Msd.Ingestion.Cbs;

/// <summary>
/// Checks a snapshot against its table mapping before any row is read: same table and API, the
/// dimensions and measures the mapping names exist, units agree, and every other dimension is fixed
/// by a filter, so that no figure can be read twice. Each problem is a Dutch message saying where.
/// </summary>
internal static partial class CbsMappingCheck
{
    public static void Run(CbsSnapshot snapshot, CbsTableMapping mapping)
    {
        var file = mapping.At.File;
        var table = snapshot.TableId;
        if (!string.Equals(table, mapping.Table, StringComparison.OrdinalIgnoreCase))
            throw new MsdUserException($"De momentopname in {snapshot.Folder} is van CBS-tabel {table}, niet van {mapping.Table} ({file}).");
        if (snapshot.Api != mapping.Api)
            throw new MsdUserException($"De momentopname in {snapshot.Folder} komt uit OData {snapshot.Api}, maar {file} zegt api: {mapping.Api}. De onderwerpen heten in beide API's anders; haal de tabel opnieuw op met 'msd cbs fetch --table {mapping.Table}' of pas 'api' aan.");
        Dimension(snapshot, mapping.Region);
        if (mapping.Period is { } period)
            Dimension(snapshot, period);
        foreach (var measure in mapping.Measures)
        {
            Measure(snapshot, measure, file);
            Filters(snapshot, mapping, measure, file);
        }
    }

    /// <summary>Units compare without regard to case and kinds of space: CBS writes "per 1 000 inwoners" with a non-breaking space.</summary>
    public static bool SameUnit(string a, string b) =>
        string.Equals(Space().Replace(a.Trim(), " "), Space().Replace(b.Trim(), " "), StringComparison.OrdinalIgnoreCase);

    private static void Dimension(CbsSnapshot snapshot, Located<string> dimension)
    {
        if (!snapshot.Dimensions.Contains(dimension.Value))
            throw new MsdUserException($"CBS-tabel {snapshot.TableId} heeft geen dimensie '{dimension.Value}' ({dimension.At}).{Spelling.Suggest(dimension.Value, snapshot.Dimensions)} De dimensies van de tabel zijn: {string.Join(", ", snapshot.Dimensions)}.");
    }

    private static void Measure(CbsSnapshot snapshot, CbsMeasureMapping measure, string file)
    {
        var key = measure.Measure.Value;
        if (!snapshot.Measures.TryGetValue(key, out var found))
        {
            var known = snapshot.Measures.Keys.Take(12).ToList();
            throw new MsdUserException(
                $"Het onderwerp '{key}' ({measure.Measure.At}) staat niet in CBS-tabel {snapshot.TableId}.{Spelling.Suggest(key, snapshot.Measures.Keys)} "
                + $"De tabel heeft onder meer: {string.Join(", ", known)}{(snapshot.Measures.Count > known.Count ? " …" : "")}. "
                + $"Pas 'measure' aan in {file}; CBS geeft een onderwerp in een nieuwe editie soms een ander volgnummer (_1 wordt _2).");
        }
        if (found.Unit is { Length: > 0 } unit && !SameUnit(unit, measure.Unit.Value))
        {
            throw new MsdUserException(
                $"Onderwerp '{key}' van CBS-tabel {snapshot.TableId} heeft volgens CBS de eenheid '{unit}', maar {measure.Unit.At} zegt '{measure.Unit.Value}'. "
                + $"Controleer of indicator '{measure.Indicator.Value}' nog hetzelfde meet en pas 'unit' aan.");
        }
    }

    private static void Filters(CbsSnapshot snapshot, CbsTableMapping mapping, CbsMeasureMapping measure, string file)
    {
        var filters = mapping.FiltersFor(measure);
        foreach (var filter in filters)
        {
            Dimension(snapshot, filter.Dimension);
            var codes = snapshot.Codes[filter.Dimension.Value];
            if (codes.Count > 0 && !codes.ContainsKey(filter.Code.Value))
                throw new MsdUserException($"Dimensie '{filter.Dimension.Value}' van CBS-tabel {snapshot.TableId} kent de code '{filter.Code.Value}' niet ({filter.Code.At}).{Spelling.Suggest(filter.Code.Value, codes.Keys)} {Example(codes)}");
        }
        var free = snapshot.Dimensions
            .Where(d => d != mapping.Region.Value && d != mapping.Period?.Value)
            .FirstOrDefault(d => !filters.Any(f => f.Dimension.Value == d));
        if (free is not null)
        {
            throw new MsdUserException(
                $"CBS-tabel {snapshot.TableId} heeft de dimensie '{free}', maar {file} zet haar niet vast met 'filters' (bij onderwerp '{measure.Measure.Value}'). "
                + $"Zonder vaste code zou elk cijfer meer dan eens worden ingelezen. {Example(snapshot.Codes[free], free)}");
        }
    }

    /// <summary>A suggestion for a filter: the total if the dimension has one, else its first code.</summary>
    private static string Example(IReadOnlyDictionary<string, CbsCode> codes, string? dimension = null)
    {
        var total = codes.Values.FirstOrDefault(c => c.Title.StartsWith("Totaal", StringComparison.OrdinalIgnoreCase)) ?? codes.Values.FirstOrDefault();
        if (total is null)
            return "";
        return dimension is null
            ? $"Bijvoorbeeld: {total.Key} ({total.Title})."
            : $"Voeg bijvoorbeeld toe: filters: {{ {dimension}: {total.Key} }} ({total.Title}).";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
