using Msd.Cli;
using Spectre.Console;

var output = AnsiConsole.Console;
var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
// piped output keeps file:line messages on one line instead of wrapping them at 80 columns
foreach (var console in new[] { output, error }.Where(c => !c.Profile.Capabilities.Interactive))
    console.Profile.Width = 240;
return await MsdCommandLine.RunAsync(args, output, error, CancellationToken.None);
