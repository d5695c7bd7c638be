using System.Text.RegularExpressions;

namespace Msd.Catalog;

/// <summary>Reads one CBS table mapping (catalog/cbs/&lt;id&gt;.yaml) and checks what can be checked within the file.</summary>
internal static partial class CbsTableReader
{
    public static CbsTableMapping? Read(YamlMap map)
    {
        var id = Ids.Kebab(map, "id");
        var table = map.LocatedString("table", required: true);
        var title = map.String("title", required: true);
        var description = map.String("description");
        var api = map.Choice("api", CbsVocabulary.Apis) ?? (map.Has("api") ? null : new Located<string>("v3", map.At));
        var region = map.LocatedString("region", required: true);
        var period = map.LocatedString("period");
        var fixedPeriod = map.LocatedString("fixed_period");
        var filters = ReadFilters(map);
        var measures = map.MapList("measures", required: true).Select(ReadMeasure).OfType<CbsMeasureMapping>().ToList();

        if (table is not null && !TableId().IsMatch(table.Value))
            map.Issues.Error(table.At, $"'{table.Value}' is geen CBS-tabelnummer: alleen letters en cijfers, zoals 85098NED of 03759ned.");
        else if (table is not null && id is not null && !string.Equals(id, table.Value.ToLowerInvariant(), StringComparison.Ordinal))
            map.Issues.Error(map.LocateKey("id"), $"De id van een CBS-tabel is het tabelnummer in kleine letters: '{table.Value.ToLowerInvariant()}'. Zo staat elke tabel één keer in de catalogus.");
        CheckPeriod(map, region, period, fixedPeriod);
        CheckDimensions(map, region, period, filters, measures);
        if (map.Has("measures") && measures.Count == 0)
            map.Issues.Error(map.LocateKey("measures"), "Noem in 'measures' minstens één onderwerp van de tabel met de indicator die het wordt.");
        foreach (var duplicate in measures.GroupBy(m => m.Indicator.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            map.Issues.Error(duplicate.Last().Indicator.At, $"De indicator '{duplicate.Key}' komt al uit een ander onderwerp van deze tabel; elk cijfer zou dan twee keer worden ingelezen.");

        if (id is null || table is null || title is null || api is null || region is null || (period is null && fixedPeriod is null))
            return null;
        return new CbsTableMapping(id, table.Value, title, description, api.Value, region, period, fixedPeriod, filters, measures, map.At);
    }

    /// <summary>A period code as CBS writes it and the reader understands: year, half year, quarter or month.</summary>
    internal static bool IsPeriodCode(string code) => PeriodCode().IsMatch(code);

    private static CbsMeasureMapping? ReadMeasure(YamlMap map)
    {
        var measure = map.LocatedString("measure", required: true);
        var indicator = map.Code("indicator", required: true);
        var unit = map.LocatedString("unit", required: true);
        var referenceDate = map.Choice("reference_date", CbsVocabulary.ReferenceDates);
        var filters = ReadFilters(map);
        map.RejectUnknownKeys();
        return measure is null || indicator is null || unit is null
            ? null
            : new CbsMeasureMapping(measure, indicator, unit, referenceDate?.Value, filters, map.At);
    }

    private static List<CbsFilter> ReadFilters(YamlMap map) =>
        [.. map.Pairs("filters").Select(p =>
        {
            if (p.IsBoolean)
                map.Issues.Error(p.Value.At, $"De code van dimensie '{p.Key.Value}' is een CBS-code (bijvoorbeeld T001038), geen true of false.");
            return new CbsFilter(p.Key, p.Value);
        })];

    private static void CheckPeriod(YamlMap map, Located<string>? region, Located<string>? period, Located<string>? fixedPeriod)
    {
        if (period is null && fixedPeriod is null)
            map.Issues.Error(map.At, "Noem de dimensie met de perioden in 'period' (meestal Perioden), of, voor een tabel zonder periodedimensie zoals Kerncijfers wijken en buurten, de periode zelf in 'fixed_period' (bijvoorbeeld 2023JJ00).");
        if (period is not null && fixedPeriod is not null)
            map.Issues.Error(fixedPeriod.At, "'fixed_period' hoort alleen bij een tabel zonder periodedimensie; laat 'period' of 'fixed_period' weg.");
        if (fixedPeriod is not null && !IsPeriodCode(fixedPeriod.Value))
            map.Issues.Error(fixedPeriod.At, $"'{fixedPeriod.Value}' is geen CBS-periodecode. Schrijf bijvoorbeeld 2023JJ00 (jaar), 2023HJ01 (halfjaar), 2023KW02 (kwartaal) of 2023MM05 (maand).");
        if (region is not null && period is not null && string.Equals(region.Value, period.Value, StringComparison.Ordinal))
            map.Issues.Error(period.At, "'region' en 'period' noemen dezelfde dimensie; de regio en de periode staan in verschillende dimensies.");
    }

    private static void CheckDimensions(YamlMap map, Located<string>? region, Located<string>? period, List<CbsFilter> filters, List<CbsMeasureMapping> measures)
    {
        var own = new[] { region?.Value, period?.Value }.OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var filter in filters.Concat(measures.SelectMany(m => m.Filters)).Where(f => own.Contains(f.Dimension.Value)))
            map.Issues.Error(filter.Dimension.At, $"'{filter.Dimension.Value}' is de regio- of periodedimensie en wordt niet vastgezet met 'filters'; de monitor leest alle regio's en perioden.");
    }

    [GeneratedRegex("^[0-9A-Za-z]{1,16}$")]
    private static partial Regex TableId();

    [GeneratedRegex("^[0-9]{4}(JJ00|HJ0[12]|KW0[1-4]|MM(0[1-9]|1[0-2]))$")]
    private static partial Regex PeriodCode();
}
