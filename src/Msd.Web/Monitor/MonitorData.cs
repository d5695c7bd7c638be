using System.Collections.Concurrent;
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
    private long _stampCheckedAt = long.MinValue;

    private MonitorData(Workspace.Workspace workspace, KpiCatalog catalog, Database database, MonitorAreas areas)
    {
        Workspace = workspace;
        Catalog = catalog;
        Database = database;
        Areas = areas;
    }

    public Workspace.Workspace Workspace { get; }

    public KpiCatalog Catalog { get; }

    public Database Database { get; }

    public MonitorAreas Areas { get; }

    /// <summary>The KPIs the monitor shows: every KPI that is not withdrawn, in catalogue order.</summary>
    public IEnumerable<KpiDefinition> Kpis => Catalog.Kpis.Where(k => k.Status != "vervallen");

    /// <summary>When values were last published, for the freshness note on every page.</summary>
    public DateTime? PublishedAt => _publishedAt;

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

    /// <summary>The published values of one KPI (every period, area and breakdown).</summary>
    public async Task<KpiSeries> SeriesAsync(KpiDefinition kpi, CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken);
        return await _series.GetOrAdd(kpi.Id, async id => new KpiSeries(kpi, await PublishedValueStore.PublishedAsync(Database, id, CancellationToken.None)));
    }

    /// <summary>
    /// Looks at most once a second whether a new publication or load arrived; after a publication the
    /// cache starts afresh. Pages call it first, so the freshness note in the footer is current.
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (Environment.TickCount64 - Interlocked.Read(ref _stampCheckedAt) < 1000)
            return;
        await _stampCheck.WaitAsync(cancellationToken);
        try
        {
            if (Environment.TickCount64 - _stampCheckedAt < 1000)
                return;
            var stamp = (await Database.QueryAsync<DateTime?>("SELECT max(published_at) FROM msd_kpi_published", null, cancellationToken))[0];
            LatestLoadAt = (await Database.QueryAsync<DateTime?>("SELECT max(finished_at) FROM msd_load", null, cancellationToken))[0];
            if (stamp != _publishedAt)
            {
                _series.Clear();
                _publishedAt = stamp;
            }
            Interlocked.Exchange(ref _stampCheckedAt, Environment.TickCount64);
        }
        finally
        {
            _stampCheck.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        _stampCheck.Dispose();
    }
}
