namespace Msd.Accounts;

/// <summary>
/// What an account may do in the web monitor. The ids are Dutch and stored as they are in <c>msd_user.role</c>.
/// </summary>
public sealed record Role(string Id, string Description)
{
    public const string Beheerder = "beheerder";
    public const string Analist = "analist";
    public const string Sleutelgebruiker = "sleutelgebruiker";
    public const string Lezer = "lezer";

    /// <summary>The four roles, from most to least rights.</summary>
    public static IReadOnlyList<Role> All { get; } =
    [
        new(Beheerder, "beheert gebruikers en de werkruimte en mag alles wat de andere rollen mogen"),
        new(Analist, "werkt met KPI's en gegevens en schrijft toelichtingen"),
        new(Sleutelgebruiker, "schrijft toelichtingen bij de cijfers van het eigen beleidsterrein en tekent KPI's af"),
        new(Lezer, "bekijkt de monitor en schrijft niets"),
    ];

    /// <summary>The role with this id (case and surrounding spaces ignored); a Dutch error listing the roles otherwise.</summary>
    public static Role Parse(string value)
    {
        var id = value.Trim().ToLowerInvariant();
        return All.FirstOrDefault(r => r.Id == id)
            ?? throw new MsdUserException($"Onbekende rol '{value}'. Kies uit: {string.Join("; ", All.Select(r => $"{r.Id} ({r.Description})"))}.");
    }

    /// <summary>Whether an account with this role may write a toelichting (every role but lezer).</summary>
    public static bool MayWriteExplanations(string role) => role is Beheerder or Analist or Sleutelgebruiker;

    /// <summary>Whether an account with this role may manage accounts.</summary>
    public static bool MayManageUsers(string role) => role is Beheerder;
}
