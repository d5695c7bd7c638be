using Msd.Catalog;
using Msd.Ingestion;
using Msd.Publication;

namespace Msd.Web.Monitor;

/// <summary>
/// Builds every table of the monitor from published values, for the pages and for their exports
/// alike. Each takes its parameters from the query string, so an export link is the page's table.
/// </summary>
public static class MonitorTables
{
    public const string LoadsTable = "ladingen";

    /// <summary>CBS's region code for the whole country, the benchmark beside the municipalities.</summary>
    private const string Netherlands = "NL01";

    public static async Task<MonitorTable?> BuildAsync(MonitorData data, string name, IQueryCollection query, CancellationToken ct)
    {
        var kpi = data.Catalog.Kpi(query["kpi"].ToString());
        var series = kpi is null ? null : await data.SeriesAsync(kpi, ct);
        string Period(string fallbackGrain, string area) =>
            query["periode"].ToString() is { Length: > 0 } p ? p : series!.LatestPeriod(fallbackGrain, area) ?? "";
        switch (name)
        {
            case "tijdreeks" when series is not null:
                return TimeSeries(data, series, series.ChooseGrain(ValueFormat.ParseGrain(query["per"])));
            case "wijken" when series is not null:
                return Districts(data, series, Period(series.ChooseGrain(ValueFormat.ParseGrain(query["per"])), data.Areas.Main.Code), query["gemeente"]);
            case "uitsplitsing" when series is not null:
                var area = data.Areas.Find(query["gebied"].ToString())?.Code ?? data.Areas.Main.Code;
                return Breakdown(data, series, Period(series.DefaultGrain, area), area);
            case "domein" when Domains.Names.ContainsKey(query["domein"].ToString()):
                var year = query["jaar"].ToString() is { Length: 4 } y ? y : null;
                return await DomainAsync(data, query["domein"].ToString(), data.Areas.Find(query["gebied"].ToString()) ?? data.Areas.Main, year, ct);
            case "vergelijking" when kpi?.Benchmark is { } benchmark:
                return Benchmark(data, kpi, await BenchmarkFigures.OfAsync(data.Database, data.Catalog, benchmark.Value, ct));
            case "catalogus":
                return Catalogue(data, query["q"]);
            case LoadsTable:
                return Loads(await LoadLog.RecentAsync(data.Database, 200, ct));
            default:
                return null;
        }
    }

    /// <summary>A value cell: the number, or the disclosure reason when the value is hidden.</summary>
    public static TableCell ValueCell(ExportRow? row, string unit, bool withUnit = false) => row switch
    {
        null => new TableCell("–", HiddenReason: "geen gegevens"),
        { Status: "onderdrukt" or "geblokkeerd" } => new TableCell("–", HiddenReason: row.Reason ?? "niet getoond"),
        { Value: null } => new TableCell("–", HiddenReason: row.Reason ?? "geen gegevens"),
        _ => new TableCell((withUnit ? ValueFormat.Value(row.Value, unit) : ValueFormat.Number(row.Value, unit)) + (row.Status == "voorlopig" ? " (voorlopig)" : ""), ValueFormat.Shown(row.Value, unit)),
    };

    public static TableCell CountCell(decimal? count, ExportRow? row) =>
        row is { Status: "onderdrukt" or "geblokkeerd" } && count is null ? new TableCell("–", HiddenReason: row.Reason ?? "niet getoond")
            : new TableCell(ValueFormat.Count(count), count is { } c ? Math.Round(c, MidpointRounding.AwayFromZero) : null);

    public static MonitorTable TimeSeries(MonitorData data, KpiSeries series, string grain)
    {
        var kpi = series.Kpi;
        var areas = data.Areas.Overview.ToList();
        var main = data.Areas.Main.Code;
        var rows = series.Periods(grain).Select(period => (IReadOnlyList<TableCell>)
        [
            new TableCell(ValueFormat.Period(period)),
            .. areas.Select(a => ValueCell(series.Total(period, a.Code), kpi.Unit)),
            series.Total(period, main)?.Target is { } target ? new TableCell(ValueFormat.Number(target, kpi.Unit), target) : new TableCell(""),
            new TableCell(series.Total(period, main)?.TargetStatus ?? ""),
        ]).ToList();
        return new MonitorTable(
            $"{kpi.Title} per {ValueFormat.GrainName(grain)} ({ValueFormat.UnitName(kpi.Unit)})",
            ["Periode", .. areas.Select(a => a.Name), $"Streefwaarde {data.Areas.NameOf(main)}", "Status"],
            rows, "tijdreeks", $"kpi={kpi.Id}&per={ValueFormat.GrainName(grain)}");
    }

    public static MonitorTable Districts(MonitorData data, KpiSeries series, string period, string? municipality)
    {
        var kpi = series.Kpi;
        var ranked = data.Areas.Districts
            .Where(d => string.IsNullOrEmpty(municipality) || d.MunicipalityCode == municipality)
            .Select(d => (District: d, Row: series.Total(period, d.Code)))
            .Where(x => x.Row is not null)
            .OrderBy(x => x.Row!.Value is null ? 1 : 0)
            .ThenBy(x => kpi.Direction == "lower_is_better" ? x.Row!.Value : -x.Row!.Value)
            .ThenBy(x => x.District.Name, StringComparer.Ordinal)
            .Select((x, i) => (IReadOnlyList<TableCell>)
            [
                new TableCell(x.Row!.Value is null ? "" : (i + 1).ToString(ValueFormat.Dutch)),
                new TableCell(x.District.Name),
                new TableCell(data.Areas.NameOf("GM" + x.District.MunicipalityCode)),
                ValueCell(x.Row, kpi.Unit),
                CountCell(x.Row!.Numerator, x.Row),
                CountCell(x.Row!.Denominator, x.Row),
            ]).ToList();
        return new MonitorTable(
            $"{kpi.Title} per wijk, {ValueFormat.Period(period)} ({ValueFormat.UnitName(kpi.Unit)})",
            ["Rang", "Wijk", "Gemeente", "Waarde", "Teller", "Noemer"],
            ranked, "wijken", $"kpi={kpi.Id}&periode={period}{(string.IsNullOrEmpty(municipality) ? "" : "&gemeente=" + municipality)}")
        {
            RowHeader = 1,
        };
    }

    public static MonitorTable Breakdown(MonitorData data, KpiSeries series, string period, string areaCode)
    {
        var kpi = series.Kpi;
        var rows = series.Breakdowns(period, areaCode).SelectMany(group => group.Select(r => (IReadOnlyList<TableCell>)
        [
            new TableCell(BreakdownTitle(kpi, group.Key)),
            new TableCell(CategoryName(data.Catalog, kpi, group.Key, KpiSeries.Category(r.Breakdown))),
            ValueCell(r, kpi.Unit),
            CountCell(r.Numerator, r),
            CountCell(r.Denominator, r),
        ])).ToList();
        return new MonitorTable(
            $"{kpi.Title} uitgesplitst, {data.Areas.NameOf(areaCode)}, {ValueFormat.Period(period)} ({ValueFormat.UnitName(kpi.Unit)})",
            ["Uitsplitsing", "Categorie", "Waarde", "Teller", "Noemer"],
            rows, "uitsplitsing", $"kpi={kpi.Id}&periode={period}&gebied={areaCode}");
    }

    /// <summary>The catalogue breakdown a published dimension comes from: by its mapping (cbs-hulpvorm) or its column.</summary>
    public static KpiBreakdown? BreakdownOf(KpiDefinition kpi, string dimension) =>
        kpi.Breakdowns.FirstOrDefault(b => (b.Mapping?.Value ?? b.Column.Value) == dimension);

    public static string BreakdownTitle(KpiDefinition kpi, string dimension) => BreakdownOf(kpi, dimension)?.Title ?? dimension;

    /// <summary>The name of a breakdown category from the column's code list or mapping, when it has one.</summary>
    public static string CategoryName(KpiCatalog catalog, KpiDefinition kpi, string dimension, string code)
    {
        var breakdown = BreakdownOf(kpi, dimension);
        var datasets = kpi.DatasetIds.Select(catalog.Dataset).OfType<DatasetDefinition>();
        var column = datasets.Select(d => d.Column(breakdown?.Column.Value ?? dimension)).FirstOrDefault(c => c is not null);
        var list = column?.CodeList is { } id ? catalog.CodeList(id.Value) : null;
        var entries = breakdown?.Mapping is { } mapping ? list?.Mapping(mapping.Value)?.Values : list?.Codes;
        var name = entries?.FirstOrDefault(c => c.Code == code)?.Label;
        return name is null ? code : $"{name} ({code})";
    }

    /// <summary>The period a KPI shows for a year: its last period in that year; without a year, its latest.</summary>
    public static string? PeriodIn(KpiSeries series, MonitorArea area, string? year) => year is null
        ? series.LatestPeriod(series.DefaultGrain, area.Code)
        : series.Periods(series.DefaultGrain).LastOrDefault(p => p.StartsWith(year, StringComparison.Ordinal));

    public static async Task<MonitorTable> DomainAsync(MonitorData data, string domain, MonitorArea area, string? year, CancellationToken ct)
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var kpi in data.Kpis.Where(k => k.Domain == domain))
        {
            var series = await data.SeriesAsync(kpi, ct);
            var period = PeriodIn(series, area, year);
            var row = period is null ? null : series.Total(period, area.Code);
            rows.Add(
            [
                new TableCell(kpi.Title, Link: "/kpi/" + kpi.Id),
                new TableCell(period is null ? "nog geen waarden" : ValueFormat.Period(period)),
                ValueCell(row, kpi.Unit, withUnit: true),
                new TableCell(row?.Target is { } t ? ValueFormat.Value(t, kpi.Unit) : "", row?.Target),
                new TableCell(row?.TargetStatus ?? ""),
            ]);
        }
        return new MonitorTable(
            $"KPI's {Domains.NameOf(domain)}, {area.Name}, {(year is null ? "laatste periode" : year)}",
            ["KPI", "Periode", "Waarde", "Streefwaarde", "Status"],
            rows, "domein", $"domein={domain}&gebied={area.Code}{(year is null ? "" : "&jaar=" + year)}");
    }

    /// <summary>The KPI's external benchmark per year and region, as its source published it.</summary>
    public static MonitorTable Benchmark(MonitorData data, KpiDefinition kpi, IReadOnlyList<BenchmarkFigure> figures)
    {
        var yearly = figures.Where(f => f.PeriodLabel.EndsWith("JJ00", StringComparison.Ordinal)
            && (f.RegionCode == Netherlands || data.Areas.Find(f.RegionCode)?.Kind == MonitorAreas.MunicipalityKind)).ToList();
        var regions = yearly.Select(f => f.RegionCode).Distinct(StringComparer.Ordinal).ToList();
        var rows = yearly.GroupBy(f => f.PeriodLabel[..4]).Select(year => (IReadOnlyList<TableCell>)
        [
            new TableCell(year.Key),
            .. regions.Select(r => year.FirstOrDefault(f => f.RegionCode == r) is { Value: { } v } f
                ? new TableCell(ValueFormat.Number(v, kpi.Unit) + (f.Provisional ? " (voorlopig)" : ""), v)
                : new TableCell("–", HiddenReason: "geen cijfer gepubliceerd")),
        ]).ToList();
        var source = string.Join(", ", yearly.Select(f => $"{f.Source} {f.TableId}").Distinct(StringComparer.Ordinal));
        var indicator = kpi.Benchmark!.Value;
        var title = data.Catalog.CodeList(KpiDefinition.BenchmarkCodeList)?.Codes.FirstOrDefault(c => c.Code == indicator)?.Label ?? indicator;
        return new MonitorTable(
            $"{title} per jaar{(source.Length > 0 ? " (bron: " + source + ")" : "")}",
            ["Jaar", .. regions.Select(r => r == Netherlands ? "Nederland" : data.Areas.NameOf(r))],
            rows, "vergelijking", $"kpi={kpi.Id}");
    }

    public static MonitorTable Catalogue(MonitorData data, string? search)
    {
        var rows = data.Kpis.Where(k => Matches(k, search)).Select(k => (IReadOnlyList<TableCell>)
        [
            new TableCell(k.Title, Link: "/kpi/" + k.Id),
            new TableCell(Domains.NameOf(k.Domain)),
            new TableCell(ValueFormat.UnitName(k.Unit)),
            new TableCell(k.Status),
            new TableCell(k.Version.ToString(ValueFormat.Dutch), k.Version),
            new TableCell(k.Owner.Role),
        ]).ToList();
        return new MonitorTable(
            string.IsNullOrWhiteSpace(search) ? "Alle KPI's" : $"KPI's met '{search}'",
            ["KPI", "Domein", "Eenheid", "Status", "Versie", "Eigenaar"],
            rows, "catalogus", string.IsNullOrWhiteSpace(search) ? "" : "q=" + Uri.EscapeDataString(search));
    }

    public static bool Matches(KpiDefinition kpi, string? search) =>
        string.IsNullOrWhiteSpace(search) || search.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word =>
            kpi.Title.Contains(word, StringComparison.OrdinalIgnoreCase) || kpi.Id.Contains(word, StringComparison.OrdinalIgnoreCase)
            || kpi.Description.Contains(word, StringComparison.OrdinalIgnoreCase) || Domains.NameOf(kpi.Domain).Contains(word, StringComparison.OrdinalIgnoreCase));

    public static MonitorTable Loads(IReadOnlyList<LoadEntry> loads) => new(
        "Recente ladingen",
        ["Lading", "Bron", "Bestand", "Status", "Gelezen", "Geladen", "Quarantaine", "Waarschuwingen", "Klaar"],
        [.. loads.Select(l => (IReadOnlyList<TableCell>)
        [
            new TableCell(l.LoadId.ToString(ValueFormat.Dutch), l.LoadId, Link: $"/ladingen/{l.LoadId}"),
            new TableCell(l.Source),
            new TableCell(Path.GetFileName(l.FilePath)),
            new TableCell(l.Status),
            new TableCell(ValueFormat.Count(l.RecordsRead), l.RecordsRead),
            new TableCell(ValueFormat.Count(l.RecordsLoaded), l.RecordsLoaded),
            new TableCell(ValueFormat.Count(l.RecordsQuarantined), l.RecordsQuarantined),
            new TableCell(ValueFormat.Count(l.RecordsWarned), l.RecordsWarned),
            new TableCell(ValueFormat.Date(l.FinishedAt)),
        ])],
        "ladingen", "");
}
