using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Msd.Acceptance;
using Msd.Accounts;
using Msd.Catalog;
using Msd.Publication;
using Msd.Validation;
using Msd.Web.Monitor;

namespace Msd.Web.Pages.Kpis;

/// <summary>
/// One KPI: its course over time for every municipality and the combined area with the target line,
/// its districts and breakdowns for a chosen period, the tables behind every chart, and the factsheet.
/// </summary>
public sealed class KpiModel(MonitorData data, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "per")]
    public string? GrainWord { get; set; }

    [BindProperty(SupportsGet = true, Name = "periode")]
    public string? RequestedPeriod { get; set; }

    [BindProperty(SupportsGet = true, Name = "gebied")]
    public string? RequestedArea { get; set; }

    public KpiDefinition Kpi { get; private set; } = null!;

    public KpiSeries Series { get; private set; } = null!;

    public MonitorData Data => data;

    public string Grain { get; private set; } = "year";

    public string? Period { get; private set; }

    public MonitorArea Area { get; private set; } = null!;

    public MonitorTable TimeTable { get; private set; } = null!;

    public ChartSpec? TimeChart { get; private set; }

    public MonitorTable? DistrictTable { get; private set; }

    public ChartSpec? DistrictChart { get; private set; }

    public MonitorTable? BreakdownTable { get; private set; }

    /// <summary>The external benchmark (CBS) per year, when the catalogue names one.</summary>
    public MonitorTable? BenchmarkTable { get; private set; }

    public IReadOnlyList<ChartSpec> BreakdownCharts { get; private set; } = [];

    /// <summary>The latest data-quality results for the datasets this KPI reads.</summary>
    public IReadOnlyList<StoredCheckResult> DataChecks => ValidationStatus.CheckResults;

    /// <summary>Acceptance cases, data checks and verdicts of this KPI, and the lifecycle state they lead to.</summary>
    public KpiValidationStatus ValidationStatus { get; private set; } = null!;

    /// <summary>Every verdict on this KPI, every version, newest first.</summary>
    public IReadOnlyList<SignOff> SignOffs => ValidationStatus.Evidence.SignOffs;

    /// <summary>Whether the signed-in user holds a role the catalogue asks to sign this KPI off.</summary>
    public bool MaySignOff => User.Identity?.IsAuthenticated == true && Kpi.Status != "vervallen"
        && Kpi.SignOffRoles.Contains(User.FindFirst(ClaimTypes.Role)?.Value ?? "");

    [BindProperty]
    public SignOffForm Verdict { get; set; } = new();

    public string? SignOffProblem { get; private set; }

    public sealed class SignOffForm
    {
        /// <summary>The version the user reviewed; a verdict on a version that has since changed is refused.</summary>
        public int Version { get; set; }

        public string? Verdict { get; set; }

        public string? Comment { get; set; }

        public string? Justification { get; set; }
    }

    /// <summary>The municipality's own explanations, newest first.</summary>
    public IReadOnlyList<Toelichting> Explanations { get; private set; } = [];

    /// <summary>Whether the visitor may read the data checks' messages (they quote counts per delivery).</summary>
    public bool IsDataManager { get; private set; }

    public bool MayWrite => User.Identity?.IsAuthenticated == true && Role.MayWriteExplanations(User.FindFirst(ClaimTypes.Role)?.Value ?? "");

    [BindProperty]
    public ExplanationForm Explanation { get; set; } = new();

    public string? ExplanationProblem { get; private set; }

    public sealed class ExplanationForm
    {
        public string? Period { get; set; }

        public string? Area { get; set; }

        public string? Text { get; set; }
    }

    /// <summary>Adds a toelichting; only signed-in users whose role may write.</summary>
    public async Task<IActionResult> OnPostToelichtingAsync(string id, CancellationToken cancellationToken)
    {
        await data.RefreshAsync(cancellationToken);
        if (data.Catalog.Kpi(id) is null)
            return NotFound();
        if (User.Identity?.IsAuthenticated != true)
            return Challenge();
        var author = await UserStore.FindAsync(data.Database, User.Identity.Name ?? "", cancellationToken);
        var series = await data.SeriesAsync(data.Catalog.Kpi(id)!, cancellationToken);
        // an empty choice ("Alle gebieden") arrives as null
        var area = string.IsNullOrEmpty(Explanation.Area) ? "" : data.Areas.Overview.FirstOrDefault(a => a.Code == Explanation.Area)?.Code;
        try
        {
            if (author is null)
                throw new MsdUserException("Uw account bestaat niet meer. Log opnieuw in of vraag functioneel beheer om een account.");
            if (Explanation.Period is not { } period || !series.Grains.Any(g => series.Periods(g).Contains(period)) || area is null)
                throw new MsdUserException("Kies een periode en een gebied uit de lijsten.");
            await ToelichtingStore.AddAsync(data.Database, id, period, area, Explanation.Text ?? "", author, cancellationToken);
            await data.ChangedAsync(cancellationToken);
        }
        catch (MsdUserException e)
        {
            ExplanationProblem = e.Message;
            return await OnGetAsync(id, cancellationToken);
        }
        return RedirectToPage(null, null, new { id, per = GrainWord, periode = Explanation.Period }, "toelichting");
    }

    /// <summary>Records a key user's verdict on the version shown; only roles the catalogue names for this KPI.</summary>
    public async Task<IActionResult> OnPostAftekenenAsync(string id, CancellationToken cancellationToken)
    {
        await data.RefreshAsync(cancellationToken);
        if (data.Catalog.Kpi(id) is not { } kpi)
            return NotFound();
        if (User.Identity?.IsAuthenticated != true)
            return Challenge();
        try
        {
            if (Verdict.Version != kpi.Version)
                throw new MsdUserException($"Deze KPI is intussen gewijzigd: de catalogus heeft nu versie {kpi.Version}. Bekijk de nieuwe versie en geef daarop uw oordeel.");
            var status = (await data.ValidationAsync(cancellationToken))[kpi.Id];
            await SignOffStore.AddAsync(data.Database, kpi, Verdict.Verdict ?? "", Verdict.Comment, Verdict.Justification,
                status.Evidence.Warnings.Count > 0, User.Identity.Name ?? "", cancellationToken);
            await data.ChangedAsync(cancellationToken);
        }
        catch (MsdUserException e)
        {
            SignOffProblem = e.Message;
            return await OnGetAsync(id, cancellationToken);
        }
        return RedirectToPage(null, null, new { id }, "validatie");
    }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        await data.RefreshAsync(cancellationToken);
        if (data.Catalog.Kpi(id) is not { } kpi)
            return NotFound();
        Kpi = kpi;
        Series = await data.SeriesAsync(kpi, cancellationToken);
        Grain = Series.ChooseGrain(ValueFormat.ParseGrain(GrainWord));
        Area = data.Areas.Find(RequestedArea ?? "") is { } area && area.Kind != MonitorAreas.DistrictKind ? area : data.Areas.Main;
        var periods = Series.Periods(Grain);
        Period = RequestedPeriod is { } p && periods.Contains(p) ? p : Series.LatestPeriod(Grain, Area.Code);
        Explanations = await ToelichtingStore.ForKpiAsync(data.Database, kpi.Id, cancellationToken);
        IsDataManager = (await authorization.AuthorizeAsync(User, MonitorSetup.DataManagers)).Succeeded;
        ValidationStatus = (await data.ValidationAsync(cancellationToken))[kpi.Id];
        TimeTable = MonitorTables.TimeSeries(data, Series, Grain);
        if (kpi.Benchmark is { } benchmark)
            BenchmarkTable = MonitorTables.Benchmark(data, kpi, await BenchmarkFigures.OfAsync(data.Database, data.Catalog, benchmark.Value, cancellationToken));
        TimeChart = KpiCharts.OverTime(data, Series, Grain);
        if (Period is not null)
        {
            DistrictTable = MonitorTables.Districts(data, Series, Period, null);
            DistrictChart = KpiCharts.Ranked("wijken", $"{kpi.Title} per wijk, {ValueFormat.Period(Period)}.", kpi.Unit, DistrictTable, 3);
            BreakdownTable = MonitorTables.Breakdown(data, Series, Period, Area.Code);
            BreakdownCharts = KpiCharts.Breakdowns(data, Series, Period, Area.Code);
        }
        return Page();
    }
}
