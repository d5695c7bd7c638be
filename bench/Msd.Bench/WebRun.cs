using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Msd.Web;
using Msd.Web.Monitor;

namespace Msd.Bench;

/// <summary>
/// `web WERKRUIMTE [SECONDEN] [CLIENTS]`: the monitor under load on loopback (20 concurrent clients by
/// default, each requesting the main pages in turn) with p50/p95/p99 per page, then the first render
/// of each page in Debian's Chromium and the compressed JavaScript a page ships.
/// </summary>
public static class WebRun
{
    private static readonly string[] Pages =
    [
        "/", "/domein/jeugd", "/domein/wmo?gebied=GM0118", "/kpi/jeugd-jongeren-met-jeugdhulp",
        "/kpi/wmo-clienten-maatwerk-per-10000?gebied=GM1690&per=kwartaal", "/wijken?kpi=jeugd-jongeren-met-jeugdhulp", "/doelen", "/catalogus", "/ladingen",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var workspace = args[0];
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        await using var app = MonitorHost.Build(workspace, 0);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = address };

        await Task.Delay(3000); // the monitor warms its values in the background
        var warm = Stopwatch.StartNew();
        foreach (var page in Pages)
            (await http.GetAsync(page)).EnsureSuccessStatusCode();
        Console.WriteLine($"Eerste keer alle {Pages.Length} pagina's: {warm.ElapsedMilliseconds} ms");

        // an Authorization header makes the output cache step aside: the pages as a signed-in user gets them
        await LoadAsync(http, seconds, clients, cached: false);
        await LoadAsync(http, seconds, clients, cached: true);
        await FirstRenderAsync(address);
        Console.WriteLine($"JavaScript per pagina met grafieken (gzip): {(FrontendAssets.CompressedSize("echarts.js") + FrontendAssets.CompressedSize("monitor.js")) / 1024.0:N0} KB");
        await app.StopAsync();
        return 0;
    }

    private static async Task LoadAsync(HttpClient http, int seconds, int clients, bool cached)
    {
        var timings = new ConcurrentBag<(string Page, double Ms)>();
        var until = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            for (var i = client; until.Elapsed.TotalSeconds < seconds; i++)
            {
                var page = Pages[i % Pages.Length];
                using var request = new HttpRequestMessage(HttpMethod.Get, page);
                if (!cached)
                    request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bench");
                var watch = Stopwatch.StartNew();
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                timings.Add((page, watch.Elapsed.TotalMilliseconds));
            }
        }));
        Console.WriteLine();
        Console.WriteLine($"{(cached ? "Met paginacache (lezers)" : "Zonder paginacache (elke pagina opnieuw gemaakt)")}: {clients} gelijktijdige clients, {seconds} s, {timings.Count:N0} verzoeken ({timings.Count / (double)seconds:N0}/s)");
        Console.WriteLine($"{"pagina",-70} {"n",6} {"p50",8} {"p95",8} {"p99",8}");
        foreach (var group in timings.GroupBy(t => t.Page).OrderBy(g => Array.IndexOf(Pages, g.Key)))
            Print(group.Key, [.. group.Select(t => t.Ms)]);
        Print("alle pagina's", [.. timings.Select(t => t.Ms)]);
    }

    private static void Print(string name, double[] ms)
    {
        Array.Sort(ms);
        double P(double q) => ms[Math.Min(ms.Length - 1, (int)Math.Ceiling(q * ms.Length) - 1)];
        Console.WriteLine($"{name,-70} {ms.Length,6} {P(0.50),8:N1} {P(0.95),8:N1} {P(0.99),8:N1}");
    }

    /// <summary>First contentful paint per page in headless Chromium, the median of five loads after one warm-up.</summary>
    private static async Task FirstRenderAsync(Uri address)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Console.WriteLine($"{"eerste weergave in Chromium (mediaan van 5, ms)",-70} {"FCP",8} {"load",8}");
        foreach (var path in Pages)
        {
            var paints = new List<(double Fcp, double Load)>();
            for (var i = 0; i < 6; i++)
            {
                var context = await browser.NewContextAsync(new() { BaseURL = address.ToString() });
                var page = await context.NewPageAsync();
                await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
                var fcp = await page.EvaluateAsync<double>("() => performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint')?.startTime ?? -1");
                var load = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd");
                if (i > 0)
                    paints.Add((fcp, load));
                await context.CloseAsync();
            }
            Console.WriteLine($"{path,-70} {paints.Select(p => p.Fcp).Order().ElementAt(2),8:N0} {paints.Select(p => p.Load).Order().ElementAt(2),8:N0}");
        }
    }
}
