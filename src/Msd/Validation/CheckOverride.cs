using Dapper;
using Msd.Accounts;
using Msd.Storage;

namespace Msd.Validation;

/// <summary>
/// A beheerder's written decision to publish despite a failing check: for one check, one municipality
/// (<see cref="GemeenteCode"/> null: all) and one period (<see cref="Period"/> null: every period), as bad as
/// the findings it was made for (<see cref="Observed"/>) and no worse.
/// </summary>
public sealed record CheckOverride(
    long Id, string CheckId, string? GemeenteCode, string? Period, decimal? Observed, string Justification, string UserName, string DisplayName, DateTime CreatedAt)
{
    /// <summary>Whether this decision covers that finding: same check, municipality and period, and not worse than what was judged.</summary>
    public bool Covers(StoredCheckResult result) =>
        result.CheckId == CheckId
        && (GemeenteCode is null || GemeenteCode == result.GemeenteCode)
        && (Period is null || Period == result.Period)
        && (Observed is null || result.Observed is null || Math.Abs(result.Observed.Value) <= Math.Abs(Observed.Value));
}

/// <summary>Overrides in <c>msd_check_override</c>; append-only, so the justification stays as evidence.</summary>
public static class CheckOverrideStore
{
    public const int MinimumJustification = 20;

    public static async Task<CheckOverride> AddAsync(
        Database database, string checkId, string? gemeenteCode, string? period, decimal? observed, string justification, string userName, CancellationToken cancellationToken)
    {
        var why = justification.Trim();
        if (why.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            throw new MsdUserException("De verantwoording bevat een onzichtbaar stuurteken. Typ de tekst opnieuw.");
        if (why.Length < MinimumJustification)
            throw new MsdUserException($"Schrijf een verantwoording van minstens {MinimumJustification} tekens: waarom mogen de cijfers ondanks deze fout gepubliceerd worden?");
        var user = await UserStore.FindAsync(database, userName, cancellationToken);
        if (user is null || user.Role != Role.Beheerder)
            throw new MsdUserException($"Alleen een beheerder mag een fout in de controles overrulen; '{userName}' is {(user is null ? "geen gebruiker" : "rol " + user.Role)}. Zie 'msd user list'.");
        var p = database.Parameter;
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT nextval('msd_check_override_seq')", cancellationToken: cancellationToken));
        var result = new CheckOverride(id, checkId, gemeenteCode, period, observed, why, user.UserName, user.DisplayName, StoredTime.Now());
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO msd_check_override (id, check_id, gemeente_code, period, observed, justification, user_name, display_name, created_at)
            VALUES ({p("id")}, {p("c")}, {p("g")}, {p("p")}, {p("o")}, {p("j")}, {p("u")}, {p("d")}, {p("t")})
            """,
            new { id, c = checkId, g = gemeenteCode, p = period, o = observed, j = why, u = user.UserName, d = user.DisplayName, t = result.CreatedAt },
            cancellationToken: cancellationToken));
        return result with { CreatedAt = StoredTime.AsUtc(result.CreatedAt) };
    }

    public static async Task<IReadOnlyList<CheckOverride>> AllAsync(Database database, CancellationToken cancellationToken) =>
        [.. (await database.QueryAsync<CheckOverride>(
            """
            SELECT id AS Id, check_id AS CheckId, gemeente_code AS GemeenteCode, period AS Period, observed AS Observed, justification AS Justification,
                   user_name AS UserName, display_name AS DisplayName, created_at AS CreatedAt
            FROM msd_check_override ORDER BY id
            """, null, cancellationToken)).Select(o => o with { CreatedAt = StoredTime.AsUtc(o.CreatedAt) })];
}
