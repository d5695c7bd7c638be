using System.Text.RegularExpressions;

namespace Msd.Cli;

/// <summary>System.CommandLine ships no Dutch texts; these are its usage errors in Dutch.</summary>
internal static partial class UsageErrors
{
    public static string Translate(string message)
    {
        var subject = Quoted().Match(message) is { Success: true } m ? m.Groups[1].Value : "";
        return message switch
        {
            _ when message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal) => $"onbekend commando of argument '{subject}'.",
            _ when message.StartsWith("Required argument missing", StringComparison.Ordinal) => $"het verplichte argument {subject} ontbreekt.",
            _ when message.StartsWith("Required command was not provided", StringComparison.Ordinal) => "kies een subcommando.",
            _ when message.StartsWith("Option", StringComparison.Ordinal) && message.Contains("expects a single argument", StringComparison.Ordinal) => $"de optie {subject} verwacht één waarde.",
            _ when message.StartsWith("Cannot parse argument", StringComparison.Ordinal) => $"'{subject}' is geen geldige waarde.",
            _ when message.StartsWith("Argument", StringComparison.Ordinal) && message.Contains("not recognized", StringComparison.Ordinal) => $"'{subject}' is geen geldige keuze.",
            _ => message,
        };
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();
}
