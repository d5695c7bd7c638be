using Msd.Catalog;

namespace Msd.Ingestion.Cbs;

/// <summary>
/// The pure step from a snapshot and its table mapping to rows of dataset cbs_indicator: keys
/// trimmed, region level from the prefix, the period code to begin and end dates, provisional
/// markers to voorlopig and cijferstatus, missing values kept missing. A figure that would appear
/// twice (table, indicator, region, period) is an error, never a doubled row.
/// </summary>
internal static class CbsIndicatorRows
{
    public static IEnumerable<CbsIndicatorRow> From(CbsSnapshot snapshot, CbsTableMapping mapping)
    {
        CbsMappingCheck.Run(snapshot, mapping);
        return Rows(snapshot, mapping);
    }

    private static IEnumerable<CbsIndicatorRow> Rows(CbsSnapshot snapshot, CbsTableMapping mapping)
    {
        var dimensions = snapshot.Dimensions.ToList();
        var region = dimensions.IndexOf(mapping.Region.Value);
        var period = mapping.Period is { } p ? dimensions.IndexOf(p.Value) : -1;
        var byMeasure = mapping.Measures
            .GroupBy(m => m.Measure.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => (Measure: m, Filters: mapping.FiltersFor(m).Select(f => (Index: dimensions.IndexOf(f.Dimension.Value), f.Code.Value)).ToArray())).ToArray(), StringComparer.Ordinal);
        var seen = new HashSet<(string, string, string)>();
        foreach (var observation in snapshot.Observations(byMeasure.Keys.ToHashSet(StringComparer.Ordinal)))
        {
            foreach (var (measure, filters) in byMeasure[observation.Measure])
            {
                if (!filters.All(f => string.Equals(observation.Keys[f.Index], f.Value, StringComparison.Ordinal)))
                    continue;
                var row = Row(snapshot, mapping, measure, observation, observation.Keys[region], period < 0 ? mapping.FixedPeriod!.Value : observation.Keys[period]);
                if (!seen.Add((row.IndicatorCode, row.RegioCode, row.PeriodeLabel)))
                    throw new MsdUserException($"In de momentopname {snapshot.Folder} staat het cijfer voor indicator '{row.IndicatorCode}', regio {row.RegioCode} en periode {row.PeriodeLabel} meer dan eens. De momentopname is onvolledig of dubbel opgehaald; haal de tabel opnieuw op met 'msd cbs fetch --table {mapping.Table}'.");
                yield return row;
            }
        }
    }

    private static CbsIndicatorRow Row(CbsSnapshot snapshot, CbsTableMapping mapping, CbsMeasureMapping measure, CbsObservation observation, string regionKey, string periodCode)
    {
        if (regionKey.Length == 0)
            throw new MsdUserException($"In de momentopname {snapshot.Folder} staat een cijfer zonder regiocode in dimensie '{mapping.Region.Value}'; de momentopname is beschadigd. Haal de tabel opnieuw op.");
        var region = CbsRegion.Of(regionKey);
        var dates = CbsPeriod.Parse(periodCode)
            ?? throw new MsdUserException($"CBS-tabel {snapshot.TableId} gebruikt de periodecode '{periodCode}', die de monitor niet kent. Bekend zijn {CbsPeriod.Known}. Meld dit aan de beheerder van de monitor.");
        var code = mapping.Period is { } dimension ? snapshot.Code(dimension.Value, periodCode) : null;
        var status = CbsStatus.Of(code?.Title, code?.Status, observation.Attribute);
        var (begin, end) = measure.ReferenceDate switch
        {
            "period_start" => (dates.Begin, dates.Begin),
            "period_end" => (dates.End, dates.End),
            _ => (dates.Begin, dates.End),
        };
        return new CbsIndicatorRow(region.MunicipalityCode, region.Code, region.Level, region.DistrictCode, CbsVocabulary.Publisher, mapping.Table,
            measure.Indicator.Value, dates.Code, begin, end, observation.Value, measure.Unit.Value, CbsStatus.IsProvisional(status), status, snapshot.FetchedAt);
    }
}
