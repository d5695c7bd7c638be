using System.CommandLine;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Msd.Web;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd serve [--port N]`: the web monitor of a workspace on 127.0.0.1 until Ctrl+C.</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static Option<int> PortOption() => new("--port")
    {
        Description = "Poort op 127.0.0.1 (0: een vrije poort)",
        HelpName = "POORT",
        DefaultValueFactory = _ => DefaultPort,
    };

    public static Command Create(CliContext context)
    {
        var port = PortOption();
        var command = new Command("serve", "Start de webmonitor van de werkruimte op 127.0.0.1. Stop met Ctrl+C.") { port };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            await RunAsync(context, workspace, parse.GetValue(port), cancellationToken);
            return 0;
        });
        return command;
    }

    /// <summary>Serves until cancelled. The monitor owns the workspace database while it runs.</summary>
    internal static async Task RunAsync(CliContext context, Msd.Workspace.Workspace workspace, int port, CancellationToken cancellationToken)
    {
        if (port is < 0 or > 65535)
            throw new MsdUserException($"Poort {port} bestaat niet: kies een getal van 1 tot en met 65535 (of 0 voor een vrije poort).");
        await using var app = MonitorHost.Build(workspace.Root, port);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException or SocketException)
        {
            throw new MsdUserException($"Poort {port} op 127.0.0.1 is al in gebruik. Stop het programma dat hem gebruikt, of kies een andere poort met --port.");
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        context.Out.MarkupLine($"[green]De monitor draait op[/] [link]{Markup.Escape(address)}[/] (stoppen: Ctrl+C).");
        // until Ctrl+C, or until the host itself stops
        await app.WaitForShutdownAsync(cancellationToken);
        context.Out.MarkupLine("Monitor gestopt.");
    }
}
