using Msd.Accounts;
using Msd.Publication;
using Msd.Tests.Support;

namespace Msd.Tests.Publication;

/// <summary>Written once, run on DuckDB and on PostgreSQL (see the sealed subclasses below).</summary>
public abstract class ToelichtingStoreTests<TDatabase>
    where TDatabase : ITestDatabase, new()
{
    private const string Kpi = "jeugd-jongeren-met-jeugdhulp";
    private const string Password = "lang genoeg wachtwoord";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_newer_explanation_supersedes_the_older_one_and_the_history_stays()
    {
        // Arrange
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        var analist = await UserStore.AddAsync(db, "analist", "Anna Analist", Role.Analist, Password, Token);
        var sleutel = await UserStore.AddAsync(db, "sleutel", "Sam Sleutel", Role.Sleutelgebruiker, Password, Token);

        // Act
        var first = await ToelichtingStore.AddAsync(db, Kpi, "2024", "GM0118", "Daling door <b>nieuwe</b> toegang.", analist, Token);
        var second = await ToelichtingStore.AddAsync(db, Kpi, "2024", "GM0118", "  Correctie: de daling komt door\nde nieuwe wijkteams.  ", sleutel, Token);
        var allAreas = await ToelichtingStore.AddAsync(db, Kpi, "2024-Q3", "", "Voorlopig cijfer.", analist, Token);
        await ToelichtingStore.AddAsync(db, "wmo-clienten-per-1000-inwoners", "2024", "GM0118", "Andere KPI.", analist, Token);

        // Assert
        Assert.Equal(new Toelichting(second.Id, Kpi, "2024", "GM0118", "Correctie: de daling komt door\nde nieuwe wijkteams.", "sleutel", "Sam Sleutel", second.CreatedAt), second);
        Assert.Equal(DateTimeKind.Utc, second.CreatedAt.Kind);
        Assert.Equal(second, await ToelichtingStore.LatestAsync(db, Kpi, "2024", "GM0118", Token));
        Assert.Equal(allAreas, await ToelichtingStore.LatestAsync(db, Kpi, "2024-Q3", "", Token));
        Assert.Null(await ToelichtingStore.LatestAsync(db, Kpi, "2024", "", Token));
        Assert.Null(await ToelichtingStore.LatestAsync(db, Kpi, "2023", "GM0118", Token));
        Assert.Equal([allAreas, second, first], await ToelichtingStore.ForKpiAsync(db, Kpi, Token));
        Assert.Equal("Daling door <b>nieuwe</b> toegang.", first.Text);
    }

    [Fact]
    public async Task A_lezer_may_not_write_and_nothing_is_stored()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        var lezer = await UserStore.AddAsync(db, "lezer", "Lia Lezer", Role.Lezer, Password, Token);

        var e = await Assert.ThrowsAsync<MsdUserException>(() => ToelichtingStore.AddAsync(db, Kpi, "2024", "", "Mag niet.", lezer, Token));

        Assert.Contains("mag geen toelichtingen schrijven", e.Message, StringComparison.Ordinal);
        Assert.Empty(await ToelichtingStore.ForKpiAsync(db, Kpi, Token));
    }

    [Fact]
    public async Task The_role_in_the_store_counts_not_the_one_the_caller_holds()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        var stale = new UserAccount("weg", "Weg", Role.Beheerder, DateTime.UtcNow);

        var e = await Assert.ThrowsAsync<MsdUserException>(() => ToelichtingStore.AddAsync(db, Kpi, "2024", "", "Tekst.", stale, Token));

        Assert.Contains("mag geen toelichtingen schrijven", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_or_too_long_text_is_refused_in_Dutch()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        var analist = await UserStore.AddAsync(db, "analist", "Anna Analist", Role.Analist, Password, Token);

        var empty = await Assert.ThrowsAsync<MsdUserException>(() => ToelichtingStore.AddAsync(db, Kpi, "2024", "", "  \n ", analist, Token));
        var tooLong = await Assert.ThrowsAsync<MsdUserException>(() => ToelichtingStore.AddAsync(db, Kpi, "2024", "", new string('x', 4001), analist, Token));
        var longest = await ToelichtingStore.AddAsync(db, Kpi, "2024", "", new string('x', 4000), analist, Token);

        Assert.Contains("De toelichting is leeg", empty.Message, StringComparison.Ordinal);
        Assert.Contains("het maximum is 4000", tooLong.Message, StringComparison.Ordinal);
        Assert.Equal([longest], await ToelichtingStore.ForKpiAsync(db, Kpi, Token));
    }
}

public sealed class DuckDbToelichtingStoreTests : ToelichtingStoreTests<DuckDbTestDatabase>;

public sealed class PostgresToelichtingStoreTests : ToelichtingStoreTests<PostgresTestDatabase>;
