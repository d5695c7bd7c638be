using System.CommandLine;
using System.Globalization;
using Msd.Computation;
using Msd.Publication;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd show KPI-ID [--period P] [--sql]`: one KPI's published values as a table, or its SQL.</summary>
internal static class ShowCommand
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("KPI-ID") { Description = "De KPI om te tonen" };
        var sql = new Option<bool>("--sql") { Description = "Toon de SQL waarmee de KPI wordt berekend, voor deze database" };
        var period = new Option<string?>("--period") { Description = "Eén periode, met wijken en uitsplitsingen (bijvoorbeeld 2024, 2024-Q3, 2024-05)", HelpName = "PERIODE" };
        var command = new Command("show", "Toon de gepubliceerde waarden van één KPI als tabel.") { id, sql, period };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            var (catalog, issues) = workspace.LoadCatalog();
            CatalogCommand.RequireValid(catalog, issues);
            var kpi = catalog.Kpi(parse.GetValue(id)!) ?? throw new MsdUserException($"KPI '{parse.GetValue(id)}' staat niet in de catalogus. Zie 'msd catalog list'.");
            await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
            if (parse.GetValue(sql))
            {
                var areas = KpiAreas.Of(workspace.Config);
                var plan = await KpiEngine.PlanAsync(database, catalog, areas, kpi, await KpiEngine.PopulationWindowAsync(database, catalog, areas, cancellationToken), cancellationToken)
                    ?? throw new MsdUserException($"De dataset van {kpi.Id} is nog leeg; er valt nog niets te berekenen. Lees eerst gegevens in met 'msd ingest'.");
                context.Out.WriteLine(plan.Query.Text);
                return 0;
            }
            var rows = await PublishedValueStore.PublishedAsync(database, kpi.Id, cancellationToken);
            if (rows.Count == 0)
                throw new MsdUserException($"{kpi.Id} is nog niet gepubliceerd. Gebruik 'msd compute' en 'msd publish'.");
            var wanted = parse.GetValue(period);
            var coarsest = rows.Select(x => x.Grain).MinBy(ReportingPeriodOrder);
            var shown = wanted is null
                ? rows.Where(r => r.Breakdown.Length == 0 && !KpiAreas.IsDistrict(r.AreaCode) && r.Grain == coarsest).ToList()
                : rows.Where(r => r.Period == wanted).ToList();
            if (shown.Count == 0)
                throw new MsdUserException($"Geen waarden voor periode '{wanted}'. Kies een periode als 2024, 2024-H1, 2024-Q3 of 2024-05.");
            context.Out.MarkupLine($"[bold]{Markup.Escape(kpi.Title)}[/] ({kpi.Id}, versie {kpi.Version}) — {Unit(kpi.Unit)}");
            var table = new Table().AddColumns("Periode", "Gebied", "Uitsplitsing", "Teller", "Noemer", "Waarde", "Status", "Streefwaarde");
            foreach (var r in shown)
            {
                table.AddRow(r.Period, Markup.Escape(r.AreaCode), Markup.Escape(r.Breakdown), Number(r.Numerator), Number(r.Denominator),
                    r.Value is { } v ? v.ToString("#,##0.0", Dutch) : Markup.Escape(r.Reason ?? "—"), r.Status == "onderdrukt" ? "[yellow]onderdrukt[/]" : r.Status,
                    r.Target is { } t ? $"{t.ToString("#,##0.0", Dutch)} ({r.TargetStatus ?? "—"})" : r.TargetStatus ?? "");
            }
            context.Out.Write(table);
            return 0;
        });
        return command;
    }

    private static int ReportingPeriodOrder(string grain) => Array.IndexOf([.. ReportingPeriod.Grains, ReportingPeriod.ReferenceDateGrain], grain);

    private static string Number(decimal? value) => value?.ToString("#,##0.##", Dutch) ?? "";

    private static string Unit(string unit) => unit switch
    {
        "procent" => "procent",
        "per_1000" => "per 1.000",
        "per_10000" => "per 10.000",
        _ => unit,
    };
}
