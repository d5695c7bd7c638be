using System.CommandLine;
using System.CommandLine.Invocation;
using Spectre.Console;

namespace Msd.Cli;

/// <summary>Help in Dutch: usage, description, arguments, options and subcommands of one command.</summary>
internal sealed class DutchHelpAction(IAnsiConsole console) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var usage = PathOf(command)
            + string.Concat(command.Arguments.Select(a => $" <{a.HelpName ?? a.Name.ToUpperInvariant()}>"))
            + (command.Subcommands.Count > 0 ? " [commando]" : "")
            + " [opties]";
        console.WriteLine(command.Description ?? "");
        console.WriteLine();
        console.WriteLine("Gebruik:");
        console.WriteLine("  " + usage);
        Section("Argumenten:", command.Arguments.Select(a => ($"<{a.HelpName ?? a.Name.ToUpperInvariant()}>", a.Description ?? "")));
        var options = command.Options.Concat(Ancestry(command).SkipLast(1).SelectMany(c => c.Options).Where(o => o.Recursive)).Distinct();
        Section("Opties:", options.Select(o => (Label(o), o.Description ?? "")));
        Section("Commando's:", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? "")));
        return 0;
    }

    private void Section(string title, IEnumerable<(string Name, string Text)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
            return;
        console.WriteLine();
        console.WriteLine(title);
        var width = list.Max(r => r.Name.Length) + 2;
        foreach (var (name, text) in list)
            console.WriteLine("  " + name.PadRight(width) + text);
    }

    private static string Label(Option option)
    {
        // the short Unix spellings only: "-h, --help", not "/?" and "-?"
        var names = string.Join(", ", option.Aliases.Where(a => a.Length == 2 && a[0] == '-' && char.IsLetter(a[1])).Order(StringComparer.Ordinal).Append(option.Name));
        return option.Arity.MaximumNumberOfValues == 0 ? names : $"{names} <{option.HelpName ?? "WAARDE"}>";
    }

    /// <summary>The command as typed, e.g. "msd catalog check" (the root is always "msd", also under a test host).</summary>
    internal static string PathOf(Command command) =>
        string.Join(' ', Ancestry(command).Select(c => c is RootCommand ? "msd" : c.Name));

    private static IEnumerable<Command> Ancestry(Command command)
    {
        var chain = new List<Command> { command };
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            chain.Add(parent);
        chain.Reverse();
        return chain;
    }
}
