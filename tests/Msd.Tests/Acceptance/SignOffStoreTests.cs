using Msd.Acceptance;
using Msd.Accounts;
using Msd.Catalog;
using Msd.Tests.Support;
using Msd.Validation;

namespace Msd.Tests.Acceptance;

/// <summary>Verdicts and check overrides as the store keeps them, on DuckDB and on PostgreSQL.</summary>
public abstract class SignOffStoreTests<TDatabase>
    where TDatabase : ITestDatabase, new()
{
    private const string Password = "lang genoeg wachtwoord";
    private static readonly KpiCatalog Catalog = CatalogLoader.Load(TestEnvironment.ShippedCatalog).Catalog;
    private static readonly KpiDefinition Kpi = Catalog.Kpi("wmo-clienten-75-plus")!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_verdict_keeps_version_name_role_and_time_and_every_verdict_stays_as_evidence()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        await UserStore.AddAsync(db, "sam", "Sam Sleutel", Role.Sleutelgebruiker, Password, Token);

        var rejected = await SignOffStore.AddAsync(db, Kpi, SignOff.Rejected, "  De noemer telt ook 74-jarigen.  ", null, false, "sam", Token);
        var accepted = await SignOffStore.AddAsync(db, Kpi with { Version = 2 }, SignOff.Accepted, "", "Waarschuwing is bekend bij de leverancier.", true, "sam", Token);

        Assert.Equal(new SignOff(rejected.Id, Kpi.Id, 1, "niet akkoord", "De noemer telt ook 74-jarigen.", null, "sam", "Sam Sleutel", "sleutelgebruiker", rejected.SignedAt), rejected);
        Assert.Equal(DateTimeKind.Utc, rejected.SignedAt.Kind);
        Assert.Equal([accepted, rejected], await SignOffStore.ForKpiAsync(db, Kpi.Id, Token));
        Assert.Equal([accepted, rejected], (await SignOffStore.AllAsync(db, Token))[Kpi.Id]);
        Assert.Equal(2, accepted.KpiVersion);
    }

    [Fact]
    public async Task Only_the_roles_the_catalogue_names_may_sign_off_as_the_store_knows_them()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        await UserStore.AddAsync(db, "anna", "Anna Analist", Role.Analist, Password, Token);

        var analyst = await Assert.ThrowsAsync<MsdUserException>(() => SignOffStore.AddAsync(db, Kpi, SignOff.Accepted, "", null, false, "anna", Token));
        var nobody = await Assert.ThrowsAsync<MsdUserException>(() => SignOffStore.AddAsync(db, Kpi, SignOff.Accepted, "", null, false, "weg", Token));

        Assert.Equal("Gebruiker 'anna' mag KPI wmo-clienten-75-plus niet aftekenen (rol: analist); dat doen: sleutelgebruiker.", analyst.Message);
        Assert.Contains("geen account", nobody.Message, StringComparison.Ordinal);
        Assert.Empty(await SignOffStore.ForKpiAsync(db, Kpi.Id, Token));
    }

    [Fact]
    public async Task A_rejection_needs_a_comment_and_accepting_open_warnings_needs_a_justification()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        await UserStore.AddAsync(db, "sam", "Sam Sleutel", Role.Sleutelgebruiker, Password, Token);

        var bare = await Assert.ThrowsAsync<MsdUserException>(() => SignOffStore.AddAsync(db, Kpi, SignOff.Rejected, " ", null, false, "sam", Token));
        var warned = await Assert.ThrowsAsync<MsdUserException>(() => SignOffStore.AddAsync(db, Kpi, SignOff.Accepted, "Prima.", "", true, "sam", Token));
        var unknown = await Assert.ThrowsAsync<MsdUserException>(() => SignOffStore.AddAsync(db, Kpi, "misschien", "", null, false, "sam", Token));
        var tooLong = await Assert.ThrowsAsync<MsdUserException>(() => SignOffStore.AddAsync(db, Kpi, SignOff.Accepted, new string('a', 4001), null, false, "sam", Token));

        Assert.Contains("Schrijf bij 'niet akkoord' wat er anders moet", bare.Message, StringComparison.Ordinal);
        Assert.Contains("waarschuwingen open", warned.Message, StringComparison.Ordinal);
        Assert.Equal("Kies een oordeel: akkoord of niet akkoord.", unknown.Message);
        Assert.Contains("het maximum is 4000", tooLong.Message, StringComparison.Ordinal);
        Assert.Empty(await SignOffStore.ForKpiAsync(db, Kpi.Id, Token));
    }

    [Fact]
    public async Task Only_a_beheerder_overrules_a_failing_check_with_a_real_justification()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        await UserStore.AddAsync(db, "beheer", "Bea Beheer", Role.Beheerder, Password, Token);
        await UserStore.AddAsync(db, "anna", "Anna Analist", Role.Analist, Password, Token);

        var analyst = await Assert.ThrowsAsync<MsdUserException>(() =>
            CheckOverrideStore.AddAsync(db, "jeugd-start-heeft-toewijzing", "0118", "2024-05", 1.5m, "De leverancier heeft de 301 nagestuurd.", "anna", Token));
        var tooShort = await Assert.ThrowsAsync<MsdUserException>(() =>
            CheckOverrideStore.AddAsync(db, "jeugd-start-heeft-toewijzing", "0118", "2024-05", 1.5m, "Is goed.", "beheer", Token));
        var decision = await CheckOverrideStore.AddAsync(db, "jeugd-start-heeft-toewijzing", "0118", "2024-05", 1.5m, " De leverancier heeft de 301 nagestuurd. ", "beheer", Token);

        Assert.Contains("Alleen een beheerder", analyst.Message, StringComparison.Ordinal);
        Assert.Contains("minstens 20 tekens", tooShort.Message, StringComparison.Ordinal);
        Assert.Equal([decision], await CheckOverrideStore.AllAsync(db, Token));
        Assert.Equal(("De leverancier heeft de 301 nagestuurd.", "Bea Beheer", DateTimeKind.Utc, 1.5m), (decision.Justification, decision.DisplayName, decision.CreatedAt.Kind, decision.Observed));
        Assert.True(decision.Covers(new StoredCheckResult { CheckId = "jeugd-start-heeft-toewijzing", GemeenteCode = "0118", Period = "2024-05", Status = "fout", Observed = 1.5m }));
        // a later delivery that is worse is judged anew
        Assert.False(decision.Covers(new StoredCheckResult { CheckId = "jeugd-start-heeft-toewijzing", GemeenteCode = "0118", Period = "2024-05", Status = "fout", Observed = 4m }));
        Assert.False(decision.Covers(new StoredCheckResult { CheckId = "jeugd-start-heeft-toewijzing", GemeenteCode = "0118", Period = "2024-06", Status = "fout" }));
        Assert.False(decision.Covers(new StoredCheckResult { CheckId = "jeugd-start-heeft-toewijzing", GemeenteCode = "1690", Period = "2024-05", Status = "fout" }));
    }
}

public sealed class DuckDbSignOffStoreTests : SignOffStoreTests<DuckDbTestDatabase>;

public sealed class PostgresSignOffStoreTests : SignOffStoreTests<PostgresTestDatabase>;
