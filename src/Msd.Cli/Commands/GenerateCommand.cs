using System.CommandLine;
using System.Globalization;
using Msd.Generation;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd generate`: realistic synthetic source data in the formats municipalities receive, with known true answers.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "Map waarin de bestanden komen", HelpName = "MAP", Required = true };
        var seed = new Option<long>("--seed") { Description = "Startgetal: dezelfde seed geeft byte voor byte dezelfde bestanden (standaard 1)", HelpName = "N", DefaultValueFactory = _ => 1 };
        var scale = new Option<string>("--scale") { Description = "gemeenten (De Wolden en Hoogeveen), regio (Drenthe) of landelijk (342 gemeenten)", HelpName = "SCHAAL", DefaultValueFactory = _ => "gemeenten" };
        scale.AcceptOnlyFromAmong("gemeenten", "regio", "landelijk");
        var from = new Option<string?>("--from") { Description = "Eerste maand, JJJJ-MM (standaard 2021-01; landelijk 2025-01)", HelpName = "JJJJ-MM" };
        var to = new Option<string?>("--to") { Description = "Laatste maand, JJJJ-MM (standaard 2025-12)", HelpName = "JJJJ-MM" };
        var defects = new Option<string>("--defects") { Description = "Aandeel bewust foute records, met een punt (standaard 0.002; 0 voor geen)", HelpName = "FRACTIE", DefaultValueFactory = _ => "0.002" };
        var municipalities = new Option<string?>("--municipalities") { Description = "CBS-gemeentelijst (gemeentecode;gemeentenaam;provincie;…) voor regio en landelijk", HelpName = "BESTAND" };
        var command = new Command("generate", "Maak realistische synthetische bronbestanden met bekende juiste uitkomsten.") { output, seed, scale, from, to, defects, municipalities };
        command.SetAction(parse =>
        {
            var chosen = Enum.Parse<GeneratorScale>(parse.GetValue(scale)!, ignoreCase: true);
            var (defaultFrom, defaultTo) = GeneratorOptions.DefaultSpan(chosen);
            var first = Month(parse.GetValue(from), "--from") ?? defaultFrom;
            var last = Month(parse.GetValue(to), "--to")?.AddMonths(1).AddDays(-1) ?? defaultTo;
            if (last < first)
                throw new MsdUserException("--to ligt vóór --from; kies een laatste maand die op of na de eerste ligt.");
            // parsed invariantly: "0.002" must not become 2 on a Dutch machine
            if (!double.TryParse(parse.GetValue(defects), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) || rate is < 0 or > 0.2)
                throw new MsdUserException("--defects is een fractie tussen 0 en 0,2 (bijvoorbeeld 0.002), met een punt als decimaalteken.");
            var options = new GeneratorOptions(parse.GetValue(output)!, parse.GetValue(seed), chosen, first, last, rate, parse.GetValue(municipalities));
            GenerationSummary summary = null!;
            context.Out.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("Genereren", maxValue: 1);
                    summary = Generator.Run(options, new SynchronousProgress(p =>
                    {
                        task.MaxValue = p.Total;
                        task.Value = p.Done;
                        task.Description = p.Current.Length > 0 ? Markup.Escape(p.Current) : "Klaar";
                    }));
                });
            Report(context.Out, options, summary);
            return 0;
        });
        return command;
    }

    private static DateOnly? Month(string? value, string option)
    {
        if (value is null)
            return null;
        if (DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return month;
        throw new MsdUserException($"{option} '{value}' is geen maand; schrijf JJJJ-MM, bijvoorbeeld 2024-01.");
    }

    private static void Report(IAnsiConsole console, GeneratorOptions options, GenerationSummary summary)
    {
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        var table = new Table().AddColumns("Onderdeel", "Waarde");
        table.AddRow("Map", Markup.Escape(Path.GetFullPath(options.OutputDirectory)));
        table.AddRow("Gemeenten", summary.Municipalities.ToString("N0", nl));
        table.AddRow("Inwoners (einde periode)", summary.Inhabitants.ToString("N0", nl));
        table.AddRow("Bestanden", summary.Files.ToString("N0", nl));
        table.AddRow("Omvang", (summary.Bytes / 1024.0 / 1024.0).ToString("N1", nl) + " MB");
        table.AddRow("Berichten (iJw/iWmo)", summary.Messages.ToString("N0", nl));
        table.AddRow("Duur", summary.Elapsed.TotalSeconds.ToString("N1", nl) + " s ("
            + string.Join(", ", summary.Phases.Select(p => $"{p.Key} {p.Value.TotalSeconds.ToString("N0", nl)} s")) + ")");
        table.AddRow("Piekgeheugen", (summary.PeakWorkingSet / 1024.0 / 1024.0).ToString("N0", nl) + " MB");
        console.Write(table);
        console.MarkupLine("De juiste uitkomsten staan in [bold]controle/grondwaarheid.csv[/]; de bewuste fouten in [bold]controle/defecten.csv[/].");
    }

    /// <summary>Reports on the calling thread: Progress&lt;T&gt; would post to the thread pool and lag behind the bar.</summary>
    private sealed class SynchronousProgress(Action<GenerationProgress> report) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => report(value);
    }
}
