using System.CommandLine;
using Spectre.Console;

namespace Msd.Cli;

/// <summary>What every command needs: where to write, and the global --workspace option.</summary>
internal sealed class CliContext(IAnsiConsole output, IAnsiConsole error)
{
    public IAnsiConsole Out { get; } = output;

    public IAnsiConsole Error { get; } = error;

    public Option<string> Workspace { get; } = new("--workspace", "-w")
    {
        Description = "Map van de werkruimte (standaard: de huidige map)",
        HelpName = "MAP",
        Recursive = true,
        DefaultValueFactory = _ => ".",
    };

    public Msd.Workspace.Workspace OpenWorkspace(ParseResult parse) =>
        Msd.Workspace.Workspace.Open(parse.GetValue(Workspace)!);
}
