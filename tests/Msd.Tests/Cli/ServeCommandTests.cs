using System.Net;
using System.Net.Sockets;
using Msd.Tests.Support;

namespace Msd.Tests.Cli;

/// <summary>`msd serve`: it answers on 127.0.0.1 and says in Dutch when it cannot start.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_answers_on_loopback_and_refuses_a_port_in_use_in_Dutch()
    {
        using var dir = new TempDirectory();
        var workspace = dir.Combine("ws");
        Assert.Equal(0, (await CliRun.RunAsync("init", workspace)).Exit);

        var status = HttpStatusCode.InternalServerError;
        var (exit, output) = await CliRun.RunUntilServingAsync(async url =>
        {
            using var client = new HttpClient { BaseAddress = url };
            status = (await client.GetAsync("/catalogus", TestContext.Current.CancellationToken)).StatusCode;
        }, "serve", "-w", workspace, "--port", "0");
        Assert.True(exit == 0, output);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Monitor gestopt.", output, StringComparison.Ordinal);

        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (busyExit, busy) = await CliRun.RunAsync("serve", "-w", workspace, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, busyExit);
        Assert.Contains($"Poort {port} op 127.0.0.1 is al in gebruik", busy, StringComparison.Ordinal);
    }
}
