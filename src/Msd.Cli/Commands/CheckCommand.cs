using System.CommandLine;
using Msd.Validation;
using Msd.Workspace;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd check`: runs the data-quality checks of the catalogue and shows what ingestion quarantined. Exits 1 on a 'fout'.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("check", "Controleer de kwaliteit van de ingelezen gegevens met de controles uit de catalogus, en toon wat bij het inlezen in quarantaine ging. Geeft exitcode 1 bij een fout.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            var (catalog, issues) = workspace.LoadCatalog();
            CatalogCommand.RequireValid(catalog, issues);
            await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
            var (run, published) = await RunAsync(workspace, database, catalog, publish: false, cancellationToken);
            var quarantine = await QuarantineSummary.CountAsync(database, cancellationToken);
            CheckReport.Write(context.Out, run, catalog, quarantine);
            if (published is not null)
                WriteRepublished(context, published);
            return run.HasErrors ? 1 : 0;
        });
        command.Subcommands.Add(Override(context));
        return command;
    }

    /// <summary>
    /// `msd check override CONTROLE --reason … --user …`: a beheerder's written decision that a failing check
    /// may not hold back the values, for one municipality and period or for all; the values are published again.
    /// </summary>
    private static Command Override(CliContext context)
    {
        var check = new Argument<string>("controle") { Description = "De id van de controle met een fout (zie 'msd check')" };
        var gemeente = new Option<string?>("--gemeente") { Description = "Alleen voor deze gemeente (viercijferige code, bijv. 1690); zonder: alle gemeenten", HelpName = "CODE" };
        var period = new Option<string?>("--period") { Description = "Alleen voor deze periode zoals 'msd check' haar noemt (bijv. 2024-05); zonder: elke periode", HelpName = "PERIODE" };
        var reason = new Option<string>("--reason") { Description = "De verantwoording: waarom de cijfers ondanks de fout gepubliceerd mogen worden", Required = true, HelpName = "TEKST" };
        var user = new Option<string>("--user") { Description = "Uw gebruikersnaam (een account met rol beheerder, zie 'msd user list')", Required = true, HelpName = "NAAM" };
        var command = new Command("override", "Overrule een fout in de controles met een schriftelijke verantwoording, zodat de cijfers die erdoor geblokkeerd zijn toch gepubliceerd worden. Alleen voor een beheerder.")
        {
            check, gemeente, period, reason, user,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            var (catalog, issues) = workspace.LoadCatalog();
            CatalogCommand.RequireValid(catalog, issues);
            var id = parse.GetValue(check)!;
            if (!catalog.Checks.Any(c => c.Id == id))
                throw new MsdUserException($"Controle '{id}' staat niet in de catalogus. Zie 'msd check' voor de controles en hun uitkomst.");
            var code = parse.GetValue(gemeente);
            if (code is not null && !workspace.Config.Municipalities.Any(m => m.Code == code))
                throw new MsdUserException($"Gemeente '{code}' hoort niet bij deze werkruimte; kies uit {string.Join(", ", workspace.Config.Municipalities.Select(m => m.Code))}.");
            await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
            var latest = await CheckResultStore.LatestAsync(database, cancellationToken);
            var when = parse.GetValue(period);
            var decision = new CheckOverride(0, id, code, when, null, "", "", "", DateTime.UtcNow);
            var covered = latest.Where(r => r.Status == CheckResult.Error && decision.Covers(r)).ToList();
            if (covered.Count == 0)
                throw new MsdUserException($"De laatste controle gaf voor {id}{(code is null ? "" : " in " + code)}{(when is null ? "" : " over " + when)} geen fout; er is niets te overrulen. Zie 'msd check'.");
            // the decision holds for findings as bad as these and no worse: a worse delivery is judged anew
            var worst = covered.Max(r => r.Observed is { } o ? Math.Abs(o) : (decimal?)null);
            var saved = await CheckOverrideStore.AddAsync(database, id, code, when, worst, parse.GetValue(reason)!, parse.GetValue(user)!, cancellationToken);
            context.Out.MarkupLine(Markup.Escape($"Fout in {id} overruled door {saved.DisplayName}{(code is null ? "" : " voor gemeente " + code)}{(when is null ? "" : ", periode " + when)}. De verantwoording is bewaard."));
            if (await RepublishAsync(workspace, database, catalog, cancellationToken) is { } republished)
                WriteRepublished(context, republished);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Publishes again the KPIs that are published (and only those: a computed KPI nobody published stays so), so
    /// the gate follows the newest findings and overrides; null when nothing is published yet.
    /// </summary>
    private static async Task<IReadOnlyList<Msd.Publication.KpiPublishResult>?> RepublishAsync(
        Msd.Workspace.Workspace workspace, Msd.Storage.Database database, Msd.Catalog.KpiCatalog catalog, CancellationToken cancellationToken)
    {
        var published = await database.QueryAsync<string>("SELECT DISTINCT kpi_id FROM msd_kpi_published", null, cancellationToken);
        return published.Count == 0 ? null
            : await Msd.Publication.KpiPublication.PublishAsync(database, catalog, workspace.Config, [.. published], cancellationToken);
    }

    private static void WriteRepublished(CliContext context, IReadOnlyList<Msd.Publication.KpiPublishResult> results)
    {
        var blocked = results.Sum(r => r.Blocked);
        context.Out.MarkupLine(Markup.Escape(blocked == 0
            ? "Opnieuw gepubliceerd: geen waarde geblokkeerd."
            : $"Opnieuw gepubliceerd: {LoadReport.N(blocked)} waarden geblokkeerd door een fout in de controles (status 'geblokkeerd')."));
    }

    /// <summary>
    /// Every check of the catalogue on the workspace's data, against its own districts, stored as a run; then —
    /// when values were published before, or <paramref name="publish"/> asks — a publication, so the gate follows
    /// the newest findings; then the plausibility of the published values, added to the same run.
    /// </summary>
    internal static async Task<(CheckRun Run, IReadOnlyList<Msd.Publication.KpiPublishResult>? Published)> RunAsync(
        Msd.Workspace.Workspace workspace, Msd.Storage.Database database, Msd.Catalog.KpiCatalog catalog, bool publish, CancellationToken cancellationToken)
    {
        var municipalities = workspace.Config.Municipalities.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var (areas, _) = AreaTable.Load(workspace.AreasPath, municipalities);
        var districts = areas.Areas.Select(a => a.WijkCode).ToHashSet(StringComparer.Ordinal);
        var run = await CheckEngine.RunAsync(database, catalog, districts, TimeProvider.System, cancellationToken);
        var published = publish
            ? await Msd.Publication.KpiPublication.PublishAsync(database, catalog, workspace.Config, null, cancellationToken)
            : await RepublishAsync(workspace, database, catalog, cancellationToken);
        var plausibility = await PlausibilityRun.RunAsync(database, catalog, workspace.Config.Privacy, run.RunId, cancellationToken);
        return (run with { Results = [.. run.Results, .. plausibility] }, published);
    }
}
