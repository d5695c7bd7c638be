using System.Diagnostics;
using System.Text.RegularExpressions;
using Msd.Cli;
using Spectre.Console;

namespace Msd.Tests.Support;

/// <summary>Runs `msd` in-process with captured output, or as a real child process when a test needs one.</summary>
internal static partial class CliRun
{
    public static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = CapturingConsole(writer);
        var exit = await MsdCommandLine.RunAsync(args, console, TestContext.Current.CancellationToken);
        return (exit, writer.ToString());
    }

    /// <summary>
    /// Runs a command that ends by serving the monitor (`serve`, `demo`): once it prints its address,
    /// <paramref name="whileServing"/> gets the base URL, then the command is stopped as Ctrl+C would.
    /// </summary>
    public static async Task<(int Exit, string Output)> RunUntilServingAsync(Func<Uri, Task> whileServing, params string[] args)
    {
        var writer = new LockedWriter();
        var console = CapturingConsole(writer);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = MsdCommandLine.RunAsync(args, console, stop.Token);
        try
        {
            while (!run.IsCompleted)
            {
                if (ServingAt().Match(writer.ToString()) is { Success: true } match)
                {
                    await whileServing(new Uri(match.Groups[1].Value));
                    break;
                }
                await Task.WhenAny(run, Task.Delay(100, TestContext.Current.CancellationToken));
            }
        }
        finally
        {
            // also when the check failed: the command lets go of its database before the test cleans up
            await stop.CancelAsync();
            await run;
        }
        return (await run, writer.ToString());
    }

    /// <summary>A console that writes plain text (no colours, no prompts, wide lines) to <paramref name="writer"/>.</summary>
    private static IAnsiConsole CapturingConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 250;
        return console;
    }

    [GeneratedRegex(@"De monitor draait op (http://\S+) \(stoppen")]
    private static partial Regex ServingAt();

    /// <summary>Output that the test may read while the command is still writing.</summary>
    private sealed class LockedWriter : StringWriter
    {
        private readonly Lock _lock = new();

        public override void Write(char value)
        {
            lock (_lock)
                base.Write(value);
        }

        public override void Write(string? value)
        {
            lock (_lock)
                base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            lock (_lock)
                base.Write(buffer, index, count);
        }

        public override string ToString()
        {
            lock (_lock)
                return base.ToString();
        }
    }

    /// <summary>`dotnet Msd.Cli.dll …` in its own process, as a user would start it.</summary>
    public static async Task<(int Exit, string Output)> RunProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Msd.Cli.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
