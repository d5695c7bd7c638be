using Msd.Catalog;
using Msd.Validation;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>What `msd check` prints: one line per check that passed everywhere, one per failing result, then the quarantine.</summary>
internal static class CheckReport
{
    public static void Write(IAnsiConsole console, CheckRun run, KpiCatalog catalog, IReadOnlyList<QuarantineCount> quarantine)
    {
        var table = new Table().AddColumns("Controle", "Dataset", "Gemeente", "Periode", "Waarde", "Norm", "Status", "Toelichting");
        foreach (var check in catalog.Checks)
        {
            var results = run.Results.Where(r => r.CheckId == check.Id).ToList();
            var failed = results.Where(r => r.Failed).ToList();
            if (failed.Count == 0)
            {
                table.AddRow(Markup.Escape(check.Id), Markup.Escape(check.DatasetId), "alle", "", "", "", "[green]geslaagd[/]", Markup.Escape(check.Title));
                continue;
            }
            foreach (var r in failed)
            {
                table.AddRow(Markup.Escape(check.Id), Markup.Escape(check.DatasetId), Markup.Escape(r.GemeenteCode ?? ""), Markup.Escape(r.Period?.Label ?? ""),
                    Number(r.Observed), Number(r.Threshold), Status(r.Status), Markup.Escape(r.Message + Sample(r)));
            }
        }
        console.Write(table);
        var data = run.Results.Where(r => r.KpiId is null).ToList();
        int Count(string status) => data.Count(r => r.Status == status);
        console.MarkupLine($"{catalog.Checks.Count()} controles op de gegevens, {data.Count} uitkomsten: {Count(CheckResult.Passed)} geslaagd, {Count(CheckResult.Warning)} met een waarschuwing, {Count(CheckResult.Error)} met een fout (run {run.RunId}).");
        WritePlausibility(console, [.. run.Results.Where(r => r.KpiId is not null)]);
        if (quarantine.Count == 0)
        {
            console.MarkupLine("Bij het inlezen ging geen enkele regel in quarantaine.");
            return;
        }
        var held = new Table().AddColumns("Bron", "Reden", "Ernst", "Regels");
        foreach (var q in quarantine)
            held.AddRow(Markup.Escape(q.Source), Markup.Escape(q.Reason), q.Severity == "fout" ? "quarantaine" : "waarschuwing", LoadReport.N(q.Records));
        console.MarkupLine("Bij het inlezen in quarantaine gezet of met een waarschuwing geladen (zie 'msd loads --load N'):");
        console.Write(held);
    }

    /// <summary>The plausibility of the published values: only the rules a KPI did not meet, then a count.</summary>
    private static void WritePlausibility(IAnsiConsole console, IReadOnlyList<CheckResult> results)
    {
        if (results.Count == 0)
            return;
        var warned = results.Where(r => r.Failed).ToList();
        if (warned.Count > 0)
        {
            var table = new Table().AddColumns("KPI", "Regel", "Status", "Toelichting");
            foreach (var r in warned)
                table.AddRow(Markup.Escape(r.KpiId!), Markup.Escape(r.CheckId), Status(r.Status), Markup.Escape(r.Message + Sample(r)));
            console.MarkupLine("Plausibiliteit van de gepubliceerde waarden (waarschuwingen; de sleutelgebruiker beoordeelt ze bij het aftekenen):");
            console.Write(table);
        }
        var kpis = results.Select(r => r.KpiId).Distinct(StringComparer.Ordinal).Count();
        console.MarkupLine($"Plausibiliteit: {kpis} KPI's beoordeeld, {results.Count} regels, {warned.Count} met een waarschuwing.");
    }

    private static string Sample(CheckResult r) =>
        r.Sample.Count > 0 ? "\nVoorbeelden: " + string.Join("; ", r.Sample.Take(3)) + (r.Sample.Count > 3 ? $" (en {r.Sample.Count - 3} meer)" : "") : "";

    private static string Status(string status) => status switch
    {
        CheckResult.Error => "[red]fout[/]",
        CheckResult.Warning => "[yellow]waarschuwing[/]",
        _ => "[green]geslaagd[/]",
    };

    private static string Number(decimal? value) => value?.ToString("0.##", CheckTextCulture) ?? "";

    private static readonly System.Globalization.CultureInfo CheckTextCulture = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
}
