using Microsoft.AspNetCore.OutputCaching;

namespace Msd.Web.Monitor;

/// <summary>
/// Warms the values at start and looks every two seconds for a new publication or load (another
/// process may publish into PostgreSQL); cached pages are dropped the moment one arrives.
/// </summary>
public sealed class MonitorWatch(MonitorData data, IOutputCacheStore cache, ILogger<MonitorWatch> log) : BackgroundService
{
    public const string CacheTag = "monitor";

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        data.OnChange(token => cache.EvictByTagAsync(CacheTag, token));
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        var warm = false;
        do
        {
            try
            {
                await data.RefreshAsync(stoppingToken);
                if (!warm)
                    await data.WarmAsync(stoppingToken);
                warm = true;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or MsdUserException or IOException)
            {
                // the database may be briefly away (a PostgreSQL restart): pages keep what they have, the next tick retries
                log.LogWarning("De monitor kon de database niet lezen: {Message}", e.Message);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }
}
