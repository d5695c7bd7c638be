using Dapper;
using Msd.Accounts;
using Msd.Catalog;
using Msd.Storage;

namespace Msd.Acceptance;

/// <summary>
/// Verdicts in <c>msd_signoff</c>. Append-only: a user's newest verdict for a KPI version counts and
/// the earlier ones stay as evidence.
/// </summary>
public static class SignOffStore
{
    public const int MaximumLength = 4000;

    private const string Columns =
        "id AS Id, kpi_id AS KpiId, kpi_version AS KpiVersion, verdict AS Verdict, comment AS Comment, justification AS Justification, " +
        "user_name AS UserName, display_name AS DisplayName, role AS Role, signed_at AS SignedAt";

    /// <summary>
    /// Records a verdict on the KPI's current version. The signer's role is read again from the store and must be
    /// one the KPI asks for; a rejection needs a comment, and open warnings need a justification.
    /// </summary>
    public static async Task<SignOff> AddAsync(
        Database database, KpiDefinition kpi, string verdict, string? comment, string? justification, bool warningsOpen, string userName, CancellationToken cancellationToken)
    {
        if (!SignOff.Verdicts.Contains(verdict))
            throw new MsdUserException($"Kies een oordeel: {string.Join(" of ", SignOff.Verdicts)}.");
        var text = Clean(comment, "De opmerking");
        var why = Clean(justification, "De verantwoording");
        if (verdict == SignOff.Rejected && text.Length == 0)
            throw new MsdUserException("Schrijf bij 'niet akkoord' wat er anders moet, zodat de analist het kan oplossen.");
        if (verdict == SignOff.Accepted && warningsOpen && why.Length == 0)
            throw new MsdUserException("Er staan waarschuwingen open bij de controles op de gegevens van deze KPI. Leg uit waarom u toch akkoord gaat.");
        if (kpi.Status == "vervallen")
            throw new MsdUserException($"KPI {kpi.Id} is vervallen en wordt niet meer beoordeeld.");
        var user = await UserStore.FindAsync(database, userName, cancellationToken);
        if (user is null || !kpi.SignOffRoles.Contains(user.Role))
            throw new MsdUserException(
                $"Gebruiker '{userName}' mag KPI {kpi.Id} niet aftekenen (rol: {user?.Role ?? "geen account"}); dat doen: {string.Join(", ", kpi.SignOffRoles)}.");

        var p = database.Parameter;
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT nextval('msd_signoff_seq')", cancellationToken: cancellationToken));
        var signOff = new SignOff(id, kpi.Id, kpi.Version, verdict, text, why.Length == 0 ? null : why, user.UserName, user.DisplayName, user.Role, StoredTime.Now());
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO msd_signoff (id, kpi_id, kpi_version, verdict, comment, justification, user_name, display_name, role, signed_at)
            VALUES ({p("id")}, {p("k")}, {p("v")}, {p("o")}, {p("c")}, {p("j")}, {p("u")}, {p("d")}, {p("r")}, {p("t")})
            """,
            new
            {
                id,
                k = signOff.KpiId,
                v = signOff.KpiVersion,
                o = signOff.Verdict,
                c = signOff.Comment,
                j = signOff.Justification,
                u = signOff.UserName,
                d = signOff.DisplayName,
                r = signOff.Role,
                t = signOff.SignedAt,
            },
            cancellationToken: cancellationToken));
        return AsUtc(signOff);
    }

    /// <summary>Every verdict, every version, newest first; grouped per KPI.</summary>
    public static async Task<ILookup<string, SignOff>> AllAsync(Database database, CancellationToken cancellationToken) =>
        (await database.QueryAsync<SignOff>($"SELECT {Columns} FROM msd_signoff ORDER BY id DESC", null, cancellationToken))
        .Select(AsUtc).ToLookup(s => s.KpiId, StringComparer.Ordinal);

    /// <summary>Every verdict on one KPI, every version, newest first.</summary>
    public static async Task<IReadOnlyList<SignOff>> ForKpiAsync(Database database, string kpiId, CancellationToken cancellationToken) =>
        [.. (await database.QueryAsync<SignOff>(
            $"SELECT {Columns} FROM msd_signoff WHERE kpi_id = {database.Parameter("k")} ORDER BY id DESC", new { k = kpiId }, cancellationToken)).Select(AsUtc)];

    private static string Clean(string? text, string what)
    {
        var body = (text ?? "").Trim();
        if (body.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            throw new MsdUserException($"{what} bevat een onzichtbaar stuurteken (bijvoorbeeld uit een geplakte tekst). Typ de tekst opnieuw of plak hem als platte tekst.");
        if (body.Length > MaximumLength)
            throw new MsdUserException($"{what} is {body.Length} tekens lang; het maximum is {MaximumLength}. Maak hem korter.");
        return body;
    }

    private static SignOff AsUtc(SignOff s) => s with { SignedAt = StoredTime.AsUtc(s.SignedAt) };
}
