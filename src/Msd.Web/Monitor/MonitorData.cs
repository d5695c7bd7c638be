using System.Collections.Concurrent;
using Msd.Acceptance;
using Msd.Catalog;
using Msd.Publication;
using Msd.Storage;
using Msd.Workspace;

namespace Msd.Web.Monitor;

/// <summary>
/// What the pages read: the workspace, its catalogue and areas, and the published values per KPI.
/// Values come only from <c>msd_kpi_published</c> (after disclosure control); they are cached per
/// KPI and dropped as soon as a new publication is stored.
/// </summary>
public sealed class MonitorData : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Task<KpiSeries>> _series = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _stampCheck = new(1, 1);
    private DateTime? _publishedAt;
    private string? _validationStamp;
    private long _version;
    private long _stampCheckedAt;

    private Func<CancellationToken, ValueTask>? _changed;
    private readonly Lazy<DistrictMap?> _map;
    private KpiCatalog _catalog;
    private CatalogStamp _catalogStamp;
    private (long Version, Task<IReadOnlyDictionary<string, KpiValidationStatus>> Read)? _validation;

    private MonitorData(Workspace.Workspace workspace, KpiCatalog catalog, Database database, MonitorAreas areas)
    {
        Workspace = workspace;
        _catalog = catalog;
        _catalogStamp = CatalogStamp.Of(workspace.CatalogRoot);
        Database = database;
        Areas = areas;
        _map = new(() => DistrictMap.Find(workspace.Root, [.. areas.Districts.Select(d => d.Code)]));
    }

    public Workspace.Workspace Workspace { get; }

    /// <summary>The catalogue as it is in the workspace; read again when its files change (a new KPI version).</summary>
    public KpiCatalog Catalog => Volatile.Read(ref _catalog);

    /// <summary>Why the catalogue files last read could not replace the one in use; null when they could.</summary>
    public string? CatalogProblem { get; private set; }

    public Database Database { get; }

    public MonitorAreas Areas { get; }

    /// <summary>The district boundaries of the workspace, read when first asked (null: no map).</summary>
    public DistrictMap? Map => _map.Value;

    /// <summary>The KPIs the monitor shows: every KPI that is not withdrawn, in catalogue order.</summary>
    public IEnumerable<KpiDefinition> Kpis => Catalog.Kpis.Where(k => k.Status != "vervallen");

    /// <summary>When values were last published, for the freshness note on every page.</summary>
    public DateTime? PublishedAt => _publishedAt;

    /// <summary>Goes up with every publication, load, check run or explanation: part of the page cache key.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Marks a change the pages must show (a new explanation); cached pages are dropped.</summary>
    public async ValueTask ChangedAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _version);
        if (_changed is { } notify)
            await notify(cancellationToken);
    }

    /// <summary>When the last file was loaded.</summary>
    public DateTime? LatestLoadAt { get; private set; }

    public static MonitorData Open(string folder)
    {
        var workspace = Msd.Workspace.Workspace.Open(folder);
        var (catalog, issues) = workspace.LoadCatalog();
        if (issues.Any(i => i.Severity == IssueSeverity.Fout))
            throw new MsdUserException("De KPI-catalogus bevat fouten; los ze op met 'msd catalog check':\n" + string.Join('\n', issues.Select(i => "  " + i)));
        var (districts, _) = AreaTable.Load(workspace.AreasPath, [.. workspace.Config.Municipalities.Select(m => m.Code)]);
        var database = workspace.OpenDatabaseAsync(catalog, CancellationToken.None).GetAwaiter().GetResult();
        return new MonitorData(workspace, catalog, database, MonitorAreas.Of(workspace.Config, districts));
    }

    /// <summary>Called after a new publication or load is noticed, e.g. to drop cached pages.</summary>
    public void OnChange(Func<CancellationToken, ValueTask> changed) => _changed = changed;

    /// <summary>Reads every KPI's values once, so the first visitors find them ready.</summary>
    public async Task WarmAsync(CancellationToken cancellationToken)
    {
        foreach (var kpi in Kpis)
            await SeriesAsync(kpi, cancellationToken);
    }

    /// <summary>
    /// Every KPI's validation (lifecycle, evidence), read once per data version: a sign-off, check or acceptance
    /// run, override or catalogue change raises the version, and the next reader reads it anew.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, KpiValidationStatus>> ValidationAsync(CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken);
        var version = Version;
        if (_validation is { } cached && cached.Version == version)
            return await cached.Read;
        var read = KpiValidation.ReadAsync(Database, Catalog, CancellationToken.None);
        _validation = (version, read);
        try
        {
            return await read;
        }
        catch
        {
            // a failed read is not kept
            _validation = null;
            throw;
        }
    }

    /// <summary>The published values of one KPI (every period, area and breakdown).</summary>
    public async Task<KpiSeries> SeriesAsync(KpiDefinition kpi, CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken);
        var load = _series.GetOrAdd(kpi.Id, async id => new KpiSeries(Catalog.Kpi(id) ?? kpi, await PublishedValueStore.PublishedAsync(Database, id, CancellationToken.None)));
        try
        {
            return await load;
        }
        catch
        {
            // a failed read is not kept: the next visitor tries again
            _series.TryRemove(KeyValuePair.Create(kpi.Id, load));
            throw;
        }
    }

    /// <summary>
    /// Looks at most once a second whether a new publication, load, check or acceptance run, override or catalogue version arrived; after
    /// a publication or a catalogue change the cache starts afresh. Pages call it first, so what they show is current.
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(Interlocked.Read(ref _stampCheckedAt)))
            return;
        await _stampCheck.WaitAsync(cancellationToken);
        try
        {
            if (IsFresh(_stampCheckedAt))
                return;
            var state = (await Database.QueryAsync<StoreState>(
                """
                SELECT (SELECT max(published_at) FROM msd_kpi_published) AS PublishedAt, (SELECT max(finished_at) FROM msd_load) AS LoadedAt,
                       -- what the validation state is decided from: a check run (and the plausibility added to it), an
                       -- acceptance run, an override, a sign-off (also one given through another monitor on the same database)
                       concat((SELECT max(finished_at) FROM msd_check_run), '/', (SELECT max(run_id) FROM msd_acceptance_result), '/',
                              (SELECT max(id) FROM msd_check_override), '/', (SELECT max(id) FROM msd_signoff)) AS Validation
                """, null, cancellationToken))[0];
            var changed = state.PublishedAt != _publishedAt || state.LoadedAt != LatestLoadAt || state.Validation != _validationStamp;
            if (state.PublishedAt != _publishedAt)
            {
                _series.Clear();
                _publishedAt = state.PublishedAt;
            }
            if (ReloadCatalog())
            {
                _series.Clear();
                changed = true;
            }
            LatestLoadAt = state.LoadedAt;
            _validationStamp = state.Validation;
            if (changed)
                await ChangedAsync(cancellationToken);
            Interlocked.Exchange(ref _stampCheckedAt, Environment.TickCount64);
        }
        finally
        {
            _stampCheck.Release();
        }
    }

    /// <summary>
    /// Reads the catalogue again when a file in it changed. A catalogue with errors does not replace the one in
    /// use: the monitor keeps showing the last good one and says why ('msd catalog check' tells the details).
    /// </summary>
    private bool ReloadCatalog()
    {
        CatalogStamp stamp;
        KpiCatalog catalog;
        IReadOnlyList<CatalogIssue> issues;
        try
        {
            stamp = CatalogStamp.Of(Workspace.CatalogRoot);
            if (stamp == _catalogStamp)
                return false;
            (catalog, issues) = Workspace.LoadCatalog();
        }
        catch (IOException)
        {
            // a file being saved or replaced right now: the next look (a second later) reads it
            return false;
        }
        _catalogStamp = stamp;
        var errors = issues.Count(i => i.Severity == IssueSeverity.Fout);
        CatalogProblem = errors == 0 ? null
            : $"De gewijzigde catalogus bevat {errors} fout(en) en is niet overgenomen; de monitor toont de vorige versie. Los de fouten op met 'msd catalog check'.";
        if (errors == 0)
            Volatile.Write(ref _catalog, catalog);
        return true;
    }

    /// <summary>What tells a changed catalogue apart: how many files, their total size and the newest write.</summary>
    private readonly record struct CatalogStamp(int Files, long Bytes, DateTime Newest)
    {
        public static CatalogStamp Of(string root)
        {
            if (!Directory.Exists(root))
                return default;
            var files = new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
            return new(files.Count, files.Sum(f => f.Length), files.Count == 0 ? default : files.Max(f => f.LastWriteTimeUtc));
        }
    }

    private sealed class StoreState
    {
        public DateTime? PublishedAt { get; init; }

        public DateTime? LoadedAt { get; init; }

        public string? Validation { get; init; }
    }

    private static bool IsFresh(long checkedAt) => checkedAt != 0 && Environment.TickCount64 - checkedAt < 1000;

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        _stampCheck.Dispose();
    }
}
