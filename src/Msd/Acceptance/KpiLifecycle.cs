using Msd.Catalog;

namespace Msd.Acceptance;

/// <summary>One condition for <c>gevalideerd</c>, met or not, with a Dutch sentence saying why.</summary>
public sealed record LifecycleCondition(string Name, bool Met, string Text);

/// <summary>
/// What the lifecycle is decided from, for one KPI: its acceptance cases in the catalogue and their newest results,
/// the data-check findings on its datasets (errors that are not overruled block; warnings need a justification at
/// sign-off), whether checks ran at all, and every verdict given on any version.
/// </summary>
public sealed record KpiEvidence(
    int CasesInCatalogue,
    IReadOnlyList<StoredAcceptanceResult> AcceptanceResults,
    int DeclaredChecks,
    bool ChecksRan,
    IReadOnlyList<string> BlockingFindings,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<SignOff> SignOffs)
{
    /// <summary>False when data was loaded after the latest check run: its findings may no longer be true.</summary>
    public bool ChecksCurrent { get; init; } = true;
}

/// <summary>The lifecycle state of a KPI version as the monitor shows it, with the conditions behind it.</summary>
public sealed record KpiLifecycleState(
    string State,
    IReadOnlyList<LifecycleCondition> Conditions,
    IReadOnlyList<SignOff> CurrentVerdicts,
    IReadOnlyList<string> MissingRoles,
    bool NewVersionAwaitsSignOff)
{
    public const string Concept = "concept";
    public const string Adopted = "vastgesteld";
    public const string Validated = "gevalideerd";
    public const string Withdrawn = "vervallen";

    /// <summary>What a state means, in one Dutch sentence for the monitor and the report.</summary>
    public static string Meaning(string state) => state switch
    {
        Validated => "De acceptatiegevallen slagen, de gegevens zijn door de controles gekomen en de sleutelgebruikers zijn akkoord met deze versie.",
        Adopted => "De definitie is vastgesteld, maar nog niet aan elke voorwaarde voor validatie is voldaan (zie hieronder).",
        Concept => "De definitie is nog niet vastgesteld; de cijfers zijn voorlopig.",
        _ => "De KPI wordt niet meer gebruikt.",
    };

    /// <summary>What still stands in the way of gevalideerd, in one Dutch text (empty when nothing does).</summary>
    public string Missing => string.Join(" ", Conditions.Where(c => !c.Met).Select(c => c.Text));

    /// <summary>The verdicts of this version that say 'niet akkoord': the open remarks.</summary>
    public IEnumerable<SignOff> OpenRemarks => CurrentVerdicts.Where(v => v.Verdict == SignOff.Rejected);
}

/// <summary>
/// Decides whether a KPI version is <c>gevalideerd</c>: adopted in the catalogue (<c>vastgesteld</c>), its
/// acceptance cases pass for this very version, no failing data check stands in the way, and every role the
/// catalogue names (<c>sign_off</c>) accepted this version with no key user's 'niet akkoord' open. A new
/// version starts without verdicts, so it is <c>vastgesteld</c> again until it is signed off anew.
/// </summary>
public static class KpiLifecycle
{
    public static KpiLifecycleState Of(KpiDefinition kpi, KpiEvidence evidence)
    {
        // a user's newest verdict on this version counts; SignOffs are newest first
        var current = evidence.SignOffs.Where(s => s.KpiVersion == kpi.Version)
            .GroupBy(s => s.UserName, StringComparer.Ordinal).Select(g => g.MaxBy(s => s.Id)!)
            .OrderByDescending(s => s.Id).ToList();
        var missing = kpi.SignOffRoles.Where(role => !current.Any(v => v.Role == role && v.Verdict == SignOff.Accepted)).ToList();
        var rejected = current.Where(v => v.Verdict == SignOff.Rejected).ToList();
        var conditions = new[] { Cases(kpi, evidence), Checks(evidence), Verdicts(kpi, missing, rejected) };
        var state = kpi.Status switch
        {
            KpiLifecycleState.Withdrawn => KpiLifecycleState.Withdrawn,
            KpiLifecycleState.Concept => KpiLifecycleState.Concept,
            _ => conditions.All(c => c.Met) ? KpiLifecycleState.Validated : KpiLifecycleState.Adopted,
        };
        var newVersion = current.Count == 0 && evidence.SignOffs.Any(s => s.KpiVersion < kpi.Version);
        return new KpiLifecycleState(state, conditions, current, missing, newVersion);
    }

    private static LifecycleCondition Cases(KpiDefinition kpi, KpiEvidence evidence)
    {
        const string name = "Acceptatiegevallen";
        if (evidence.CasesInCatalogue == 0)
            return new(name, false, "Deze KPI heeft nog geen acceptatiegeval in de catalogus.");
        var results = evidence.AcceptanceResults.Where(r => r.KpiVersion == kpi.Version).ToList();
        if (results.Count == 0)
            return new(name, false, $"{Capital(CasesAre(evidence.CasesInCatalogue))} nog niet uitgevoerd op versie {kpi.Version} ('msd test-kpis').");
        var failed = results.Count(r => !r.Passed);
        if (failed > 0)
            return new(name, false, $"{failed} van de {results.Count} acceptatiegevallen mislukt op versie {kpi.Version}.");
        if (results.Count < evidence.CasesInCatalogue)
            return new(name, false, $"{results.Count} van de {evidence.CasesInCatalogue} acceptatiegevallen uitgevoerd; voer 'msd test-kpis' opnieuw uit.");
        return new(name, true, $"{Capital(CasesAre(results.Count))} geslaagd op versie {kpi.Version}.");
    }

    private static string CasesAre(int n) => n == 1 ? "het acceptatiegeval is" : $"alle {n} acceptatiegevallen zijn";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static LifecycleCondition Checks(KpiEvidence evidence)
    {
        const string name = "Controles op de gegevens";
        if (evidence.DeclaredChecks > 0 && !evidence.ChecksRan)
            return new(name, false, "De controles op de gegevens zijn nog niet uitgevoerd ('msd check').");
        if (evidence.DeclaredChecks > 0 && !evidence.ChecksCurrent)
            return new(name, false, "Na de laatste controle zijn er gegevens ingelezen; voer 'msd check' opnieuw uit.");
        if (evidence.BlockingFindings.Count > 0)
            return new(name, false, $"{Findings(evidence.BlockingFindings.Count, "fout", "fouten")}: {string.Join(" ", evidence.BlockingFindings)}");
        if (evidence.Warnings.Count > 0)
            return new(name, true, $"Geen fouten; {Findings(evidence.Warnings.Count, "waarschuwing", "waarschuwingen")}, te verantwoorden bij het aftekenen: {string.Join(" ", evidence.Warnings)}");
        return evidence.DeclaredChecks == 0
            ? new(name, true, "Voor de gegevens van deze KPI zijn geen controles vastgelegd.")
            : new(name, true, "Alle controles op de gegevens geslaagd.");
    }

    private static string Findings(int n, string one, string more) => n == 1 ? $"1 {one}" : $"{n} {more}";

    private static LifecycleCondition Verdicts(KpiDefinition kpi, IReadOnlyList<string> missing, IReadOnlyList<SignOff> rejected)
    {
        const string name = "Aftekening";
        if (rejected.Count > 0)
            return new(name, false, $"Niet akkoord van {string.Join(", ", rejected.Select(r => $"{r.DisplayName} ({r.Role})"))} op versie {kpi.Version}.");
        if (missing.Count > 0)
            return new(name, false, $"Nog geen akkoord op versie {kpi.Version} van: {string.Join(", ", missing)}.");
        return new(name, true, $"Akkoord op versie {kpi.Version} van: {string.Join(", ", kpi.SignOffRoles)}.");
    }
}
