using System.Text.RegularExpressions;
using Dapper;
using Msd.Storage;

namespace Msd.Accounts;

/// <summary>
/// The local accounts in <c>msd_user</c>. User names are compared in lower case: "Jan" logs in as "jan".
/// Every failure the user can fix is an <see cref="MsdUserException"/> with a Dutch message.
/// </summary>
public static partial class UserStore
{
    private const string Columns = "user_name AS UserName, display_name AS DisplayName, role AS Role, created_at AS CreatedAt";

    // verifying an unknown user costs as much as a known one, so response times do not reveal which names exist
    private static readonly Lazy<string> DummyHash = new(() => PasswordHash.Create(PasswordHash.Generate()));

    /// <summary>Adds an account. <paramref name="displayName"/> defaults to the user name when empty.</summary>
    public static async Task<UserAccount> AddAsync(Database database, string userName, string displayName, string role, string password, CancellationToken cancellationToken)
    {
        var name = CheckUserName(userName);
        var roleId = Role.Parse(role).Id;
        var hash = PasswordHash.Create(password);
        var account = new UserAccount(name, string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim(), roleId, StoredTime.Now());
        var p = database.Parameter;
        var added = await ExecuteAsync(database,
            $"""
            INSERT INTO msd_user (user_name, display_name, role, password_hash, created_at, password_changed_at)
            VALUES ({p("u")}, {p("d")}, {p("r")}, {p("h")}, {p("t")}, {p("t")}) ON CONFLICT (user_name) DO NOTHING
            """,
            new { u = account.UserName, d = account.DisplayName, r = account.Role, h = hash, t = account.CreatedAt }, cancellationToken);
        if (added == 0)
            throw new MsdUserException($"Er bestaat al een gebruiker '{name}'. Kies een andere naam, of stel een nieuw wachtwoord in voor de bestaande gebruiker.");
        return account with { CreatedAt = StoredTime.AsUtc(account.CreatedAt) };
    }

    /// <summary>All accounts, by user name.</summary>
    public static async Task<IReadOnlyList<UserAccount>> ListAsync(Database database, CancellationToken cancellationToken) =>
        [.. (await database.QueryAsync<UserAccount>($"SELECT {Columns} FROM msd_user ORDER BY user_name", null, cancellationToken)).Select(AsUtc)];

    /// <summary>The account with this user name, or null.</summary>
    public static async Task<UserAccount?> FindAsync(Database database, string userName, CancellationToken cancellationToken) =>
        (await database.QueryAsync<UserAccount>($"SELECT {Columns} FROM msd_user WHERE user_name = {database.Parameter("u")}", new { u = Normalize(userName) }, cancellationToken))
            .Select(AsUtc).SingleOrDefault();

    /// <summary>Removes an account. Toelichtingen it wrote stay, with the author's name.</summary>
    public static async Task RemoveAsync(Database database, string userName, CancellationToken cancellationToken)
    {
        var removed = await ExecuteAsync(database, $"DELETE FROM msd_user WHERE user_name = {database.Parameter("u")}", new { u = Normalize(userName) }, cancellationToken);
        if (removed == 0)
            throw Unknown(userName);
    }

    public static async Task SetPasswordAsync(Database database, string userName, string password, CancellationToken cancellationToken)
    {
        var hash = PasswordHash.Create(password);
        var p = database.Parameter;
        var changed = await ExecuteAsync(database,
            $"UPDATE msd_user SET password_hash = {p("h")}, password_changed_at = {p("t")} WHERE user_name = {p("u")}",
            new { h = hash, t = StoredTime.Now(), u = Normalize(userName) }, cancellationToken);
        if (changed == 0)
            throw Unknown(userName);
    }

    /// <summary>The account when the user name and password match; null for an unknown user or a wrong password.</summary>
    public static async Task<UserAccount?> VerifyAsync(Database database, string userName, string password, CancellationToken cancellationToken)
    {
        var rows = await database.QueryAsync<(string Hash, string UserName)>(
            $"SELECT password_hash, user_name FROM msd_user WHERE user_name = {database.Parameter("u")}", new { u = Normalize(userName) }, cancellationToken);
        if (rows.Count == 0)
        {
            PasswordHash.Verify(password, DummyHash.Value);
            return null;
        }
        return PasswordHash.Verify(password, rows[0].Hash) ? await FindAsync(database, rows[0].UserName, cancellationToken) : null;
    }

    private static async Task<int> ExecuteAsync(Database database, string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    internal static string CheckUserName(string userName)
    {
        var name = Normalize(userName);
        if (!ValidUserName().IsMatch(name))
            throw new MsdUserException($"Ongeldige gebruikersnaam '{userName}': gebruik 2 tot 64 tekens, alleen kleine letters, cijfers, punt, streepje of liggend streepje (bijvoorbeeld 'j.jansen').");
        return name;
    }

    private static string Normalize(string userName) => userName.Trim().ToLowerInvariant();

    private static UserAccount AsUtc(UserAccount account) => account with { CreatedAt = StoredTime.AsUtc(account.CreatedAt) };

    private static MsdUserException Unknown(string userName) => new($"Gebruiker '{userName}' bestaat niet.");

    [GeneratedRegex("^[a-z0-9._-]{2,64}$")]
    private static partial Regex ValidUserName();
}
