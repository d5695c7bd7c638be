using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Msd.Storage;

/// <summary>
/// DuckDB allows one writing process per file. When another process holds the lock, DuckDB's
/// message names its PID; we turn that into a Dutch sentence naming the process and what to do.
/// </summary>
internal static partial class DatabaseInUse
{
    public static string? FromDuckDbMessage(string message, string path)
    {
        if (!message.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase))
            return null;
        var pid = Pid().Match(message) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : (int?)null;
        var holder = pid is { } p ? $"proces {p} ({Describe(p)})" : "een ander proces";
        return $"De database {path} is in gebruik door {holder}. DuckDB laat maar één programma tegelijk in een databasebestand schrijven. "
            + "Stop dat proces (bijvoorbeeld een draaiende 'msd serve') of wacht tot het klaar is, en probeer het daarna opnieuw.";
    }

    /// <summary>The command line of a process where the OS shows it (Linux /proc), else its name.</summary>
    internal static string Describe(int pid)
    {
        try
        {
            var cmdline = $"/proc/{pid}/cmdline";
            if (File.Exists(cmdline))
            {
                var parts = File.ReadAllText(cmdline).Split('\0', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length > 0)
                    return string.Join(' ', parts.Select(a => a.EndsWith(".dll", StringComparison.Ordinal) ? Path.GetFileName(a) : a));
            }
            using var process = Process.GetProcessById(pid);
            return process.ProcessName;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return "onbekend programma";
        }
    }

    [GeneratedRegex(@"PID (\d+)")]
    private static partial Regex Pid();
}
