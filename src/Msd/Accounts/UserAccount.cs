namespace Msd.Accounts;

/// <summary>A local account of the web monitor, without its password hash. <see cref="Role"/> is a <see cref="Accounts.Role"/> id.</summary>
public sealed record UserAccount(string UserName, string DisplayName, string Role, DateTime CreatedAt);
