using Msd.Acceptance;
using Msd.Catalog;
using Msd.Tests.Support;

namespace Msd.Tests.Acceptance;

/// <summary>When a KPI version is gevalideerd, and what sends it back to vastgesteld.</summary>
public sealed class KpiLifecycleTests
{
    private static readonly KpiDefinition Kpi = Shipped("jeugd-jongeren-met-jeugdhulp");

    private static KpiDefinition Shipped(string id)
    {
        var (catalog, _) = CatalogLoader.Load(TestEnvironment.ShippedCatalog);
        return catalog.Kpi(id)!;
    }

    private static SignOff Verdict(long id, string user, string role, string verdict = SignOff.Accepted, int? version = null) =>
        new(id, Kpi.Id, version ?? Kpi.Version, verdict, verdict == SignOff.Rejected ? "De noemer klopt niet." : "", null, user, user.ToUpperInvariant(), role, new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc).AddHours(id));

    private static StoredAcceptanceResult Case(bool passed, int? version = null) =>
        new(1, Kpi.Id, version ?? Kpi.Version, "geval", "Geval", passed, passed ? "" : "Teller 10, verwacht 12.", DateTime.UtcNow);

    private static KpiEvidence Evidence(IReadOnlyList<SignOff> signOffs, bool casesPass = true, IReadOnlyList<string>? errors = null, IReadOnlyList<string>? warnings = null) =>
        new(1, [Case(casesPass)], 3, true, errors ?? [], warnings ?? [], signOffs);

    private static KpiEvidence AllAccepted() =>
        Evidence([Verdict(2, "sam", "sleutelgebruiker"), Verdict(1, "anna", "analist")]);

    [Fact]
    public void Passing_cases_clean_data_and_every_named_role_accepting_this_version_make_it_gevalideerd()
    {
        Assert.Equal(["sleutelgebruiker", "analist"], Kpi.SignOffRoles);

        var state = KpiLifecycle.Of(Kpi, AllAccepted());

        Assert.Equal(KpiLifecycleState.Validated, state.State);
        Assert.All(state.Conditions, c => Assert.True(c.Met, c.Text));
        Assert.Empty(state.MissingRoles);
    }

    [Fact]
    public void Each_condition_on_its_own_keeps_the_version_vastgesteld_and_says_why()
    {
        var onlyKeyUser = KpiLifecycle.Of(Kpi, Evidence([Verdict(1, "sam", "sleutelgebruiker")]));
        var failingCase = KpiLifecycle.Of(Kpi, AllAccepted() with { AcceptanceResults = [Case(false)] });
        var casesOfOldVersion = KpiLifecycle.Of(Kpi, AllAccepted() with { AcceptanceResults = [Case(true, Kpi.Version - 1)] });
        var noCase = KpiLifecycle.Of(Kpi, AllAccepted() with { CasesInCatalogue = 0, AcceptanceResults = [] });
        var dataError = KpiLifecycle.Of(Kpi, AllAccepted() with { BlockingFindings = ["jeugd-start-heeft-toewijzing (0118, 2024-05)."] });
        var checksNotRun = KpiLifecycle.Of(Kpi, AllAccepted() with { ChecksRan = false });
        var loadedSince = KpiLifecycle.Of(Kpi, AllAccepted() with { ChecksCurrent = false });

        Assert.All(new[] { onlyKeyUser, failingCase, casesOfOldVersion, noCase, dataError, checksNotRun, loadedSince }, s => Assert.Equal(KpiLifecycleState.Adopted, s.State));
        Assert.Contains("Na de laatste controle zijn er gegevens ingelezen", loadedSince.Conditions[1].Text, StringComparison.Ordinal);
        Assert.Equal(["analist"], onlyKeyUser.MissingRoles);
        Assert.Contains("Nog geen akkoord op versie 1 van: analist", onlyKeyUser.Conditions[2].Text, StringComparison.Ordinal);
        Assert.Contains("1 van de 1 acceptatiegevallen mislukt", failingCase.Conditions[0].Text, StringComparison.Ordinal);
        Assert.Contains("nog niet uitgevoerd op versie 1", casesOfOldVersion.Conditions[0].Text, StringComparison.Ordinal);
        Assert.Contains("nog geen acceptatiegeval", noCase.Conditions[0].Text, StringComparison.Ordinal);
        Assert.Contains("1 fout: jeugd-start-heeft-toewijzing (0118, 2024-05).", dataError.Conditions[1].Text, StringComparison.Ordinal);
        Assert.Contains("msd check", checksNotRun.Conditions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_does_not_stand_in_the_way_but_is_named()
    {
        var state = KpiLifecycle.Of(Kpi, AllAccepted() with { Warnings = ["jeugd-retour-op-tijd (1690, 2024-03)."] });

        Assert.Equal(KpiLifecycleState.Validated, state.State);
        Assert.Contains("1 waarschuwing", state.Conditions[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_users_newest_verdict_counts_and_a_rejection_is_an_open_remark()
    {
        var rejectedLater = KpiLifecycle.Of(Kpi, Evidence(
            [Verdict(3, "sam", "sleutelgebruiker", SignOff.Rejected), Verdict(2, "sam", "sleutelgebruiker"), Verdict(1, "anna", "analist")]));
        var acceptedAgain = KpiLifecycle.Of(Kpi, Evidence(
            [Verdict(4, "sam", "sleutelgebruiker"), Verdict(3, "sam", "sleutelgebruiker", SignOff.Rejected), Verdict(1, "anna", "analist")]));
        var otherKeyUserRejects = KpiLifecycle.Of(Kpi, Evidence(
            [Verdict(3, "kim", "sleutelgebruiker", SignOff.Rejected), Verdict(2, "sam", "sleutelgebruiker"), Verdict(1, "anna", "analist")]));

        Assert.Equal(KpiLifecycleState.Adopted, rejectedLater.State);
        Assert.Equal("sam", Assert.Single(rejectedLater.OpenRemarks).UserName);
        Assert.Contains("Niet akkoord van SAM (sleutelgebruiker)", rejectedLater.Conditions[2].Text, StringComparison.Ordinal);
        Assert.Equal(KpiLifecycleState.Validated, acceptedAgain.State);
        Assert.Empty(acceptedAgain.OpenRemarks);
        Assert.Equal(KpiLifecycleState.Adopted, otherKeyUserRejects.State);
    }

    [Fact]
    public void A_new_version_in_the_catalogue_starts_without_verdicts_and_asks_for_new_sign_offs()
    {
        var next = Kpi with { Version = Kpi.Version + 1 };
        var evidence = Evidence([Verdict(2, "sam", "sleutelgebruiker"), Verdict(1, "anna", "analist")]) with
        {
            AcceptanceResults = [Case(true), Case(true, next.Version)],
        };

        var state = KpiLifecycle.Of(next, evidence);

        Assert.Equal(KpiLifecycleState.Adopted, state.State);
        Assert.True(state.NewVersionAwaitsSignOff);
        Assert.Empty(state.CurrentVerdicts);
        Assert.Equal(["sleutelgebruiker", "analist"], state.MissingRoles);
        Assert.True(state.Conditions[0].Met);
    }

    [Fact]
    public void Concept_and_vervallen_come_from_the_catalogue_whatever_the_evidence()
    {
        Assert.Equal(KpiLifecycleState.Concept, KpiLifecycle.Of(Kpi with { Status = "concept" }, AllAccepted()).State);
        Assert.Equal(KpiLifecycleState.Withdrawn, KpiLifecycle.Of(Kpi with { Status = "vervallen" }, AllAccepted()).State);
    }
}
