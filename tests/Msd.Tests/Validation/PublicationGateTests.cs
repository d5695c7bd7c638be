using Msd.Catalog;
using Msd.Computation;
using Msd.Privacy;
using Msd.Tests.Support;
using Msd.Validation;
using Msd.Workspace;

namespace Msd.Tests.Validation;

/// <summary>Which values a failing check holds back: its dataset's KPIs, its municipality's areas, the periods that overlap.</summary>
public sealed class PublicationGateTests
{
    private static readonly KpiCatalog Catalog = CatalogLoader.Load(TestEnvironment.ShippedCatalog).Catalog;
    private static readonly KpiDefinition Jeugdhulp = Catalog.Kpi("jeugd-jongeren-met-jeugdhulp")!;
    private static readonly MunicipalityGroup Swo = new("SWO", "De Wolden en Hoogeveen", ["1690", "0118"]);

    private static StoredCheckResult Finding(string status, string? gemeente, string? period, DateOnly? start = null, DateOnly? end = null) => new()
    {
        RunId = 1,
        CheckId = "jeugd-start-heeft-toewijzing",
        DatasetId = Jeugdhulp.DatasetIds.First(),
        GemeenteCode = gemeente,
        Period = period,
        PeriodStart = start?.ToDateTime(TimeOnly.MinValue),
        PeriodEnd = end?.ToDateTime(TimeOnly.MinValue),
        Status = status,
        Message = "1 van 50 rijen zonder bijbehorende rij.",
    };

    private static PublishedValue Value(string area, ReportingPeriod period) =>
        new(Jeugdhulp.Id, Jeugdhulp.Version, period, area, "", 120, 4000, 3m, "procent", PublishedValue.Ok, null) { TargetStatus = "op koers" };

    private static readonly ReportingPeriod May = new("month", "2024-05", new(2024, 5, 1), new(2024, 5, 31));
    private static readonly ReportingPeriod June = new("month", "2024-06", new(2024, 6, 1), new(2024, 6, 30));
    private static readonly ReportingPeriod Year2024 = new("year", "2024", new(2024, 1, 1), new(2024, 12, 31));

    [Fact]
    public void An_error_for_one_month_of_one_municipality_holds_back_its_areas_and_the_periods_that_overlap_that_month()
    {
        var blocks = PublicationGate.BlocksOf([Finding("fout", "0118", "2024-05", new(2024, 5, 1), new(2024, 5, 31))], []);
        var gate = new PublicationGate(blocks, [Swo]);
        var values = new[]
        {
            Value("GM0118", May), Value("WK011801", May), Value("SWO", Year2024), Value("GM0118", June), Value("GM1690", May),
        };

        var gated = gate.Apply(Jeugdhulp, values).ToList();

        Assert.Equal(["geblokkeerd", "geblokkeerd", "geblokkeerd", "ok", "ok"], gated.Select(v => v.Status));
        var held = gated[0];
        Assert.Equal((null, null, null, null), (held.Numerator, held.Denominator, held.Value, held.TargetStatus));
        Assert.Equal("geblokkeerd: controle jeugd-start-heeft-toewijzing is niet geslaagd voor de periode 2024-05", held.Reason);
        Assert.Equal(values[3], gated[3]);
    }

    [Fact]
    public void Warnings_other_datasets_and_overruled_errors_hold_nothing_back()
    {
        var overruled = Finding("fout", "0118", "2024-05", new(2024, 5, 1), new(2024, 5, 31));
        var decision = new CheckOverride(1, overruled.CheckId, "0118", "2024-05", 2m, "De leverancier heeft de 301 bevestigd.", "demo", "Demo", DateTime.UtcNow);
        var blocks = PublicationGate.BlocksOf([Finding("waarschuwing", "0118", null), Finding("geslaagd", null, null), overruled], [decision]);
        var elsewhere = new PublicationGate(PublicationGate.BlocksOf([Finding("fout", null, null)], []), [Swo]);
        var bijstand = Catalog.Kpi("ip-bijstand-per-10000-inwoners")!;
        var value = Value("GM0118", May) with { KpiId = bijstand.Id };

        Assert.Empty(blocks);
        Assert.Equal([value], elsewhere.Apply(bijstand, [value]));
    }

    [Fact]
    public void An_error_without_municipality_or_period_holds_back_every_value_of_the_KPI()
    {
        var gate = new PublicationGate(PublicationGate.BlocksOf([Finding("fout", null, null)], []), [Swo]);

        var gated = gate.Apply(Jeugdhulp, [Value("GM1690", May), Value("SWO", Year2024), Value("WK169001", June)]);

        Assert.All(gated, v => Assert.Equal(PublishedValue.Blocked, v.Status));
    }

    [Fact]
    public void A_finding_on_an_interval_dataset_without_an_end_holds_back_every_later_period_too()
    {
        var open = Finding("fout", "0118", "vanaf 2024-05", new(2024, 5, 1), DateOnly.MaxValue);
        var gate = new PublicationGate(PublicationGate.BlocksOf([open], []), [Swo]);
        var earlier = new ReportingPeriod("month", "2024-04", new(2024, 4, 1), new(2024, 4, 30));

        var gated = gate.Apply(Jeugdhulp, [Value("GM0118", earlier), Value("GM0118", June), Value("GM0118", Year2024)]).ToList();

        Assert.Equal(["ok", "geblokkeerd", "geblokkeerd"], gated.Select(v => v.Status));
    }
}
