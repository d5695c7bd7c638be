using Microsoft.AspNetCore.OutputCaching;

namespace Msd.Web.Monitor;

/// <summary>
/// Warms the values at start and looks every two seconds for a new publication or load (another
/// process may publish into PostgreSQL); cached pages are dropped the moment one arrives.
/// </summary>
public sealed class MonitorWatch(MonitorData data, IOutputCacheStore cache) : BackgroundService
{
    public const string CacheTag = "monitor";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        data.OnChange(token => cache.EvictByTagAsync(CacheTag, token));
        try
        {
            await data.RefreshAsync(stoppingToken);
            await data.WarmAsync(stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await data.RefreshAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
