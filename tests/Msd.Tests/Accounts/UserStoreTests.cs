using Msd.Accounts;
using Msd.Tests.Support;

namespace Msd.Tests.Accounts;

/// <summary>Written once, run on DuckDB and on PostgreSQL (see the sealed subclasses below).</summary>
public abstract class UserStoreTests<TDatabase>
    where TDatabase : ITestDatabase, new()
{
    private const string Password = "lang genoeg wachtwoord";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Added_users_are_listed_by_name_without_their_hash()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);

        var added = await UserStore.AddAsync(db, "J.Jansen", "Jan Jansen", "Analist", Password, Token);
        await UserStore.AddAsync(db, "beheer", "", Role.Beheerder, Password, Token);
        var users = await UserStore.ListAsync(db, Token);

        Assert.Equal(new UserAccount("j.jansen", "Jan Jansen", Role.Analist, added.CreatedAt), added);
        Assert.Equal(DateTimeKind.Utc, added.CreatedAt.Kind);
        Assert.InRange(added.CreatedAt, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow);
        Assert.Equal(["beheer", "j.jansen"], users.Select(u => u.UserName));
        Assert.Equal("beheer", users[0].DisplayName);
        Assert.Equal(added, users[1]);
        Assert.Equal(added, await UserStore.FindAsync(db, " J.JANSEN", Token));
        Assert.Null(await UserStore.FindAsync(db, "niemand", Token));
        var stored = await db.ScalarAsync<string>("SELECT password_hash FROM msd_user WHERE user_name = 'j.jansen'", null, Token);
        Assert.StartsWith("pbkdf2-sha256$210000$", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_returns_the_account_only_for_the_right_password()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        var added = await UserStore.AddAsync(db, "lezer1", "Lia Lezer", Role.Lezer, Password, Token);

        Assert.Equal(added, await UserStore.VerifyAsync(db, "Lezer1", Password, Token));
        Assert.Null(await UserStore.VerifyAsync(db, "lezer1", Password + "x", Token));
        Assert.Null(await UserStore.VerifyAsync(db, "onbekend", Password, Token));
    }

    [Fact]
    public async Task A_new_password_replaces_the_old_one()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        await UserStore.AddAsync(db, "analist", "An Alist", Role.Analist, Password, Token);

        await UserStore.SetPasswordAsync(db, "analist", "een heel ander wachtwoord", Token);

        Assert.Null(await UserStore.VerifyAsync(db, "analist", Password, Token));
        Assert.NotNull(await UserStore.VerifyAsync(db, "analist", "een heel ander wachtwoord", Token));
        var e = await Assert.ThrowsAsync<MsdUserException>(() => UserStore.SetPasswordAsync(db, "niemand", Password, Token));
        Assert.Equal("Gebruiker 'niemand' bestaat niet.", e.Message);
        await Assert.ThrowsAsync<MsdUserException>(() => UserStore.SetPasswordAsync(db, "analist", "kort", Token));
    }

    [Fact]
    public async Task A_removed_user_can_no_longer_log_in_and_an_unknown_one_is_reported()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        await UserStore.AddAsync(db, "tijdelijk", "Tijdelijk", Role.Lezer, Password, Token);

        await UserStore.RemoveAsync(db, "tijdelijk", Token);

        Assert.Empty(await UserStore.ListAsync(db, Token));
        Assert.Null(await UserStore.VerifyAsync(db, "tijdelijk", Password, Token));
        var e = await Assert.ThrowsAsync<MsdUserException>(() => UserStore.RemoveAsync(db, "tijdelijk", Token));
        Assert.Equal("Gebruiker 'tijdelijk' bestaat niet.", e.Message);
    }

    [Fact]
    public async Task An_existing_name_is_refused_and_the_first_account_stays()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        await UserStore.AddAsync(db, "jan", "Jan", Role.Beheerder, Password, Token);

        var e = await Assert.ThrowsAsync<MsdUserException>(() => UserStore.AddAsync(db, "JAN", "Andere Jan", Role.Lezer, "ander wachtwoord!", Token));

        Assert.Contains("Er bestaat al een gebruiker 'jan'", e.Message, StringComparison.Ordinal);
        var jan = Assert.Single(await UserStore.ListAsync(db, Token));
        Assert.Equal(("Jan", Role.Beheerder), (jan.DisplayName, jan.Role));
        Assert.NotNull(await UserStore.VerifyAsync(db, "jan", Password, Token));
    }

    [Theory]
    [InlineData("j")]
    [InlineData("jan jansen")]
    [InlineData("jan@gemeente.nl")]
    [InlineData("jän")]
    [InlineData("")]
    public async Task Invalid_names_are_refused_in_Dutch(string name)
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);

        var e = await Assert.ThrowsAsync<MsdUserException>(() => UserStore.AddAsync(db, name, "x", Role.Lezer, Password, Token));

        Assert.StartsWith("Ongeldige gebruikersnaam", e.Message, StringComparison.Ordinal);
        Assert.Empty(await UserStore.ListAsync(db, Token));
    }

    [Fact]
    public async Task Names_of_64_characters_are_accepted_and_65_refused()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);

        await UserStore.AddAsync(db, new string('a', 64), "", Role.Lezer, Password, Token);

        await Assert.ThrowsAsync<MsdUserException>(() => UserStore.AddAsync(db, new string('b', 65), "", Role.Lezer, Password, Token));
        Assert.Single(await UserStore.ListAsync(db, Token));
    }

    [Fact]
    public async Task An_unknown_role_or_short_password_adds_nothing()
    {
        await using var test = new TDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);

        var role = await Assert.ThrowsAsync<MsdUserException>(() => UserStore.AddAsync(db, "jan", "Jan", "admin", Password, Token));
        var password = await Assert.ThrowsAsync<MsdUserException>(() => UserStore.AddAsync(db, "jan", "Jan", Role.Lezer, "kort", Token));

        Assert.StartsWith("Onbekende rol 'admin'", role.Message, StringComparison.Ordinal);
        Assert.Contains("minstens 12 tekens", password.Message, StringComparison.Ordinal);
        Assert.Empty(await UserStore.ListAsync(db, Token));
    }
}

public sealed class DuckDbUserStoreTests : UserStoreTests<DuckDbTestDatabase>;

public sealed class PostgresUserStoreTests : UserStoreTests<PostgresTestDatabase>;
