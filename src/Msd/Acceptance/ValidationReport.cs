using System.Globalization;
using Msd.Catalog;
using Msd.Documents;
using Msd.Storage;
using Msd.Validation;

namespace Msd.Acceptance;

/// <summary>
/// The validation report per release: for every KPI its lifecycle state, acceptance cases and their results, the
/// data checks on its datasets, the verdicts and the open remarks, and the beheerder's overrides — the evidence
/// for the handover to functional management. Built once as document blocks, written as HTML or DOCX.
/// </summary>
public static class ValidationReport
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static async Task<(string Title, IReadOnlyList<DocumentBlock> Blocks)> BuildAsync(
        Database database, KpiCatalog catalog, string workspaceName, int? release, DateTime now, CancellationToken cancellationToken)
    {
        var all = await KpiValidation.ReadAsync(database, catalog, cancellationToken);
        var kpis = catalog.Kpis.Where(k => release is null || k.Release == release).Select(k => all[k.Id]).ToList();
        if (kpis.Count == 0)
            throw new MsdUserException($"De catalogus heeft geen KPI's in release {release}. Kies een release uit: {string.Join(", ", catalog.Kpis.Select(k => k.Release).Distinct().Order())}.");
        var runs = await CheckResultStore.RunsAsync(database, 1, cancellationToken);
        var overrides = await CheckOverrideStore.AllAsync(database, cancellationToken);
        var title = $"Validatierapport Monitor Sociaal Domein — {workspaceName}{(release is null ? "" : $", release {release}")}";
        var blocks = new List<DocumentBlock>
        {
            new Heading(1, title),
            new Paragraph($"Gemaakt op {Date(now)} met 'msd validation report'. Een KPI-versie is gevalideerd als haar acceptatiegevallen slagen, de controles op haar gegevens geen fout laten staan en de sleutelgebruikers die de catalogus noemt akkoord zijn met die versie."),
        };
        blocks.AddRange(Summary(kpis, runs.FirstOrDefault(), overrides));
        foreach (var status in kpis)
            blocks.AddRange(Kpi(status));
        return (title, blocks);
    }

    private static IEnumerable<DocumentBlock> Summary(IReadOnlyList<KpiValidationStatus> kpis, StoredCheckRun? run, IReadOnlyList<CheckOverride> overrides)
    {
        yield return new Heading(2, "Samenvatting");
        var states = new[] { KpiLifecycleState.Validated, KpiLifecycleState.Adopted, KpiLifecycleState.Concept, KpiLifecycleState.Withdrawn };
        yield return new BulletList([.. states.Select(s => $"{s}: {kpis.Count(k => k.Lifecycle.State == s)} KPI's")]);
        yield return new Paragraph(run is null
            ? "De controles op de gegevens zijn nog niet uitgevoerd ('msd check')."
            : $"Laatste controle op de gegevens: {Date(run.StartedAt)}; {run.Checks} controles, {run.Failed} uitkomsten met een fout en {run.Warned} met een waarschuwing.");
        yield return new TableBlock("Overzicht per KPI", ["KPI", "Versie", "Status", "Wat nog ontbreekt"],
            [.. kpis.Select(k => (IReadOnlyList<string>)[k.Kpi.Title + " (" + k.Kpi.Id + ")", Number(k.Kpi.Version), k.Lifecycle.State,
                k.Lifecycle.Missing])]);
        yield return new Heading(2, "Overrulde fouten in de controles");
        if (overrides.Count == 0)
            yield return new Paragraph("Geen: geen beheerder heeft een fout in de controles overruled.");
        else
            yield return new TableBlock("Beslissingen van beheerders om ondanks een fout te publiceren", ["Datum", "Controle", "Gemeente", "Periode", "Beheerder", "Verantwoording"],
                [.. overrides.Select(o => (IReadOnlyList<string>)[Date(o.CreatedAt), o.CheckId, o.GemeenteCode ?? "alle", o.Period ?? "alle", o.DisplayName, o.Justification])]);
    }

    private static IEnumerable<DocumentBlock> Kpi(KpiValidationStatus status)
    {
        var kpi = status.Kpi;
        var lifecycle = status.Lifecycle;
        yield return new Heading(2, kpi.Title);
        yield return new Paragraph($"{kpi.Id}, versie {Number(kpi.Version)} (geldig vanaf {Date(kpi.ValidFrom)}), {kpi.Status} in de catalogus; eigenaar {kpi.Owner.Role}, {kpi.Owner.Team}. Status: {lifecycle.State}. {KpiLifecycleState.Meaning(lifecycle.State)}");
        yield return new Paragraph(kpi.Definition);
        yield return new BulletList([.. lifecycle.Conditions.Select(c => $"{c.Name}: {(c.Met ? "in orde" : "nog niet in orde")}. {c.Text}")]);

        yield return new Heading(3, "Acceptatiegevallen");
        var results = status.Evidence.AcceptanceResults;
        if (results.Count == 0)
            yield return new Paragraph(status.Evidence.CasesInCatalogue == 0 ? "Geen acceptatiegeval in de catalogus." : "Nog niet uitgevoerd ('msd test-kpis').");
        else
            yield return new TableBlock($"Acceptatiegevallen van {kpi.Id}", ["Geval", "Versie", "Uitkomst", "Uitgevoerd", "Toelichting"],
                [.. results.Select(r => (IReadOnlyList<string>)[$"{r.CaseId}: {r.Title}", Number(r.KpiVersion), r.Passed ? "geslaagd" : "mislukt", Date(r.RanAt), r.Explanation])]);

        yield return new Heading(3, "Controles op de gegevens");
        var findings = status.CheckResults.Where(r => r.Status != CheckResult.Passed).ToList();
        yield return new Paragraph(status.CheckResults.Count == 0
            ? "Voor de gegevens van deze KPI zijn geen controles uitgevoerd of vastgelegd."
            : $"{status.CheckResults.Count - findings.Count} van de {status.CheckResults.Count} uitkomsten van de laatste controle geslaagd.");
        if (findings.Count > 0)
            // the messages of data checks quote row counts per delivery, which are not disclosure-controlled: only
            // plausibility findings (about published values) keep theirs; 'msd check' shows the rest to data managers
            yield return new TableBlock($"Bevindingen bij de gegevens van {kpi.Id}", ["Controle", "Gemeente", "Periode", "Uitkomst", "Toelichting"],
                [.. findings.Select(r => (IReadOnlyList<string>)[r.CheckId, r.GemeenteCode ?? "", r.Period ?? "", r.Status, r.KpiId is null ? "zie 'msd check'" : r.Message])]);

        yield return new Heading(3, "Oordelen van sleutelgebruikers");
        var signOffs = status.Evidence.SignOffs;
        if (signOffs.Count == 0)
            yield return new Paragraph($"Nog geen oordeel. Aftekenen doen: {string.Join(", ", kpi.SignOffRoles)}.");
        else
            yield return new TableBlock($"Oordelen over {kpi.Id}, nieuwste eerst", ["Datum", "Versie", "Oordeel", "Naam en rol", "Opmerking", "Verantwoording waarschuwingen"],
                [.. signOffs.Select(s => (IReadOnlyList<string>)[Date(s.SignedAt), Number(s.KpiVersion), s.Verdict, $"{s.DisplayName} ({s.Role})", s.Comment, s.Justification ?? ""])]);
        var remarks = lifecycle.OpenRemarks.ToList();
        if (remarks.Count > 0)
            yield return new BulletList([.. remarks.Select(r => $"Open opmerking van {r.DisplayName} ({r.Role}): {r.Comment}")]);
    }

    private static string Date(DateTime time) => time.ToLocalTime().ToString("d MMMM yyyy HH:mm", Dutch);

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
