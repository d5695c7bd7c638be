extern alias web;

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Msd.Tests.Support;

namespace Msd.Tests.Web;

/// <summary>
/// The README's first command, run twice into one demo workspace (each run stops once its monitor
/// answers), and then the monitor on that workspace through WebApplicationFactory on a real
/// loopback port, for the page tests and the browser.
/// </summary>
public sealed class MonitorFixture : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private WebApplicationFactory<web::Program>? _factory;

    public string Workspace => _dir.Combine("demo");

    public (int Exit, string Output, string Home) FirstDemo { get; private set; }

    public (int Exit, string Output, string Home) SecondDemo { get; private set; }

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The monitor's services, such as its MonitorData with the workspace database.</summary>
    public IServiceProvider Services => _factory!.Services;

    /// <summary>Screenshots of the browser tests, kept with the test results for CI.</summary>
    public static string ScreenshotFolder => Path.Combine(TestEnvironment.RepositoryRoot, "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        FirstDemo = await DemoAsync();
        SecondDemo = await DemoAsync();
        WriteDistrictBoundaries();
        _factory = new WebApplicationFactory<web::Program>().WithWebHostBuilder(b => b
            .UseSetting(Msd.Web.MonitorSetup.WorkspaceKey, Workspace)
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning)));
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Made-up district boundaries (a square per district, CBS's property name) so the map can be drawn.</summary>
    private void WriteDistrictBoundaries()
    {
        var codes = File.ReadLines(Path.Combine(Workspace, "gebiedsindeling.csv")).Skip(1)
            .Select(l => l.Split(';')[1]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var features = codes.Select((code, i) =>
        {
            double x = 6.3 + (i % 6 * 0.05), y = 52.6 + (i / 6 * 0.05);
            return new
            {
                type = "Feature",
                properties = new { statcode = code, statnaam = code },
                geometry = new { type = "Polygon", coordinates = new[] { new[] { new[] { x, y }, new[] { x + 0.05, y }, new[] { x + 0.05, y + 0.05 }, new[] { x, y + 0.05 }, new[] { x, y } } } },
            };
        });
        File.WriteAllText(Path.Combine(Workspace, Msd.Web.Monitor.DistrictMap.FileName),
            System.Text.Json.JsonSerializer.Serialize(new { type = "FeatureCollection", features }));
    }

    private async Task<(int, string, string)> DemoAsync()
    {
        var home = "";
        var (exit, output) = await CliRun.RunUntilServingAsync(async url =>
        {
            using var client = new HttpClient { BaseAddress = url };
            home = await client.GetStringAsync("/", TestContext.Current.CancellationToken);
        }, "demo", "--dir", Workspace, "--port", "0");
        return (exit, output, home);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
            await _factory.DisposeAsync();
        _dir.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class MonitorCollection : ICollectionFixture<MonitorFixture>
{
    public const string Name = "Monitor";
}
