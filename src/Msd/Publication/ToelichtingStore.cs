using Dapper;
using Msd.Accounts;
using Msd.Storage;

namespace Msd.Publication;

/// <summary>
/// Explanations in <c>msd_toelichting</c>. Append-only: a new one for the same KPI, period and area
/// supersedes the previous one in display, and the history stays.
/// </summary>
public static class ToelichtingStore
{
    public const int MaximumLength = 4000;

    private const string Columns =
        "id AS Id, kpi_id AS KpiId, period AS Period, area_code AS AreaCode, text AS Text, author AS Author, author_display_name AS AuthorDisplayName, created_at AS CreatedAt";

    /// <summary>
    /// Adds an explanation by <paramref name="author"/>, whose role is read again from the store, so an
    /// account removed or made lezer since it logged in cannot write.
    /// </summary>
    public static async Task<Toelichting> AddAsync(
        Database database, string kpiId, string period, string? areaCode, string text, UserAccount author, CancellationToken cancellationToken)
    {
        var body = text.Trim();
        if (body.Length == 0)
            throw new MsdUserException("De toelichting is leeg. Schrijf een korte uitleg bij het cijfer.");
        if (body.Length > MaximumLength)
            throw new MsdUserException($"De toelichting is {body.Length} tekens lang; het maximum is {MaximumLength}. Maak hem korter.");
        if (string.IsNullOrWhiteSpace(kpiId) || string.IsNullOrWhiteSpace(period))
            throw new MsdUserException("Een toelichting hoort bij een KPI en een periode; een van beide ontbreekt.");
        var current = await UserStore.FindAsync(database, author.UserName, cancellationToken);
        if (current is null || !Role.MayWriteExplanations(current.Role))
            throw new MsdUserException($"Gebruiker '{author.UserName}' mag geen toelichtingen schrijven (rol: {current?.Role ?? "geen account"}). Vraag een beheerder om een andere rol.");

        var p = database.Parameter;
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT nextval('msd_toelichting_seq')", cancellationToken: cancellationToken));
        var toelichting = new Toelichting(id, kpiId.Trim(), period.Trim(), areaCode?.Trim() ?? "", body, current.UserName, current.DisplayName, StoredTime.Now());
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO msd_toelichting (id, kpi_id, period, area_code, text, author, author_display_name, created_at)
            VALUES ({p("id")}, {p("k")}, {p("p")}, {p("a")}, {p("x")}, {p("u")}, {p("d")}, {p("t")})
            """,
            new
            {
                id,
                k = toelichting.KpiId,
                p = toelichting.Period,
                a = toelichting.AreaCode,
                x = toelichting.Text,
                u = toelichting.Author,
                d = toelichting.AuthorDisplayName,
                t = toelichting.CreatedAt,
            },
            cancellationToken: cancellationToken));
        return AsUtc(toelichting);
    }

    /// <summary>Every explanation with a KPI, all periods and areas, newest first (history included).</summary>
    public static async Task<IReadOnlyList<Toelichting>> ForKpiAsync(Database database, string kpiId, CancellationToken cancellationToken) =>
        [.. (await database.QueryAsync<Toelichting>(
            $"SELECT {Columns} FROM msd_toelichting WHERE kpi_id = {database.Parameter("k")} ORDER BY id DESC",
            new { k = kpiId }, cancellationToken)).Select(AsUtc)];

    /// <summary>The explanation to show with a KPI value: the newest for exactly this period and area, or null.</summary>
    public static async Task<Toelichting?> LatestAsync(Database database, string kpiId, string period, string? areaCode, CancellationToken cancellationToken)
    {
        var p = database.Parameter;
        var rows = await database.QueryAsync<Toelichting>(
            $"SELECT {Columns} FROM msd_toelichting WHERE kpi_id = {p("k")} AND period = {p("p")} AND area_code = {p("a")} ORDER BY id DESC LIMIT 1",
            new { k = kpiId, p = period, a = areaCode ?? "" }, cancellationToken);
        return rows.Select(AsUtc).SingleOrDefault();
    }

    private static Toelichting AsUtc(Toelichting t) => t with { CreatedAt = StoredTime.AsUtc(t.CreatedAt) };
}
