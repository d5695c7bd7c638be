using System.Diagnostics;
using Msd.Cli;
using Spectre.Console;

namespace Msd.Tests.Support;

/// <summary>Runs `msd` in-process with captured output, or as a real child process when a test needs one.</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 250;
        var exit = await MsdCommandLine.RunAsync(args, console, TestContext.Current.CancellationToken);
        return (exit, writer.ToString());
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
