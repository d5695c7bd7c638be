using Msd.Ingestion;
using Msd.Tests.Support;

namespace Msd.Tests.Ingestion.Berichten;

/// <summary>The generated messages ingested once per engine through the real path, on first use (so PostgreSQL skips cleanly without a server).</summary>
public sealed class GegenereerdeIngest<TDatabase> : IAsyncDisposable
    where TDatabase : ITestDatabase, new()
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BerichtWerkruimte? _workspace;
    private IReadOnlyList<LoadResult> _results = [];

    internal async Task<(BerichtWerkruimte Workspace, IReadOnlyList<LoadResult> Results)> IngestedAsync()
    {
        var test = new TDatabase();
        _ = test.Database;
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_workspace is null)
            {
                var municipalities = new HashSet<string> { "0118", "1690" };
                var workspace = await BerichtWerkruimte.CreateAsync(test, Path.Combine(GegenereerdeData.Root, "gebiedsindeling.csv"), municipalities, null);
                _results = await workspace.IngestAsync(Path.Combine(GegenereerdeData.Root, "berichten"));
                _workspace = workspace;
            }
            else
            {
                await test.DisposeAsync();
            }
            return (_workspace, _results);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_workspace is not null)
            await _workspace.DisposeAsync();
        _gate.Dispose();
    }
}
