using System.CommandLine;
using System.CommandLine.Help;
using Msd.Cli.Commands;
using Spectre.Console;

namespace Msd.Cli;

/// <summary>
/// Builds the `msd` command tree and runs it. Exit codes: 0 success, 1 a user or data error
/// (a clear Dutch message, no stack trace), 2 a usage error.
/// </summary>
internal static class MsdCommandLine
{
    public static Task<int> RunAsync(string[] args, IAnsiConsole console, CancellationToken cancellationToken) =>
        RunAsync(args, console, console, cancellationToken);

    public static async Task<int> RunAsync(string[] args, IAnsiConsole output, IAnsiConsole error, CancellationToken cancellationToken)
    {
        var context = new CliContext(output, error);
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not DutchHelpAction)
        {
            foreach (var e in parse.Errors)
                error.MarkupLineInterpolated($"[red]Ongeldige invoer:[/] {UsageErrors.Translate(e.Message)}");
            error.MarkupLineInterpolated($"Zie '{DutchHelpAction.PathOf(parse.CommandResult.Command)} --help' voor de mogelijkheden.");
            return 2;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception e) when (UserMessage(e) is { } message)
        {
            error.MarkupLine("[red]Fout:[/] " + Markup.Escape(message));
            return 1;
        }
    }

    /// <summary>
    /// The Dutch message for a problem the user can fix: our own, or the file system refusing
    /// (disk full, no access), also when it arrives wrapped by parallel work. Null for bugs.
    /// </summary>
    private static string? UserMessage(Exception e) => e switch
    {
        MsdUserException user => user.Message,
        AggregateException aggregate when aggregate.InnerExceptions.Count > 0 => UserMessage(aggregate.InnerExceptions[0]),
        UnauthorizedAccessException access => $"Geen toegang: {access.Message} Kies een map waarin u mag schrijven.",
        IOException io => $"Lezen of schrijven mislukt: {io.Message} Controleer de schijfruimte en het pad.",
        _ => null,
    };

    internal static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Monitor Sociaal Domein: beleidsdoelen omzetten in KPI's, berekenen uit de eigen gegevens, valideren en veilig publiceren.")
        {
            context.Workspace,
            DemoCommand.Create(context),
            InitCommand.Create(context),
            GenerateCommand.Create(context),
            CatalogCommand.Create(context),
            IngestCommand.Create(context),
            LoadsCommand.Create(context),
            CheckCommand.Create(context),
            TestKpisCommand.Create(context),
            ValidationCommand.Create(context),
            ComputeCommand.Create(context),
            PublishCommand.Create(context),
            ShowCommand.Create(context),
            ExportCommand.Create(context),
            ServeCommand.Create(context),
            KeyCommand.Create(context),
            CbsCommand.Create(context),
            UserCommand.Create(context),
        };
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = "Toon hulp bij dit commando";
                help.Action = new DutchHelpAction(context.Out);
            }
            else if (option is VersionOption)
            {
                option.Description = "Toon het versienummer";
            }
        }
        return root;
    }
}
