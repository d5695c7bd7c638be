using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Msd.Accounts;
using Msd.Web.Monitor;

namespace Msd.Web.Pages.Account;

/// <summary>
/// Sign-in with a local account (<c>msd user add</c>). The session is a cookie with the user's name,
/// display name and role as claims; an OpenID Connect scheme can deliver the same claims later.
/// </summary>
[OutputCache(NoStore = true)] // its form carries an antiforgery token bound to one visitor
public sealed class InloggenModel(MonitorData data) : PageModel
{
    public const string DisplayNameClaim = "naam";

    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var account = string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password)
            ? null
            : await UserStore.VerifyAsync(data.Database, UserName, Password, cancellationToken);
        if (account is null)
        {
            Problem = "De combinatie van gebruikersnaam en wachtwoord is onbekend. Controleer beide en probeer het opnieuw.";
            return Page();
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.UserName), new Claim(DisplayNameClaim, account.DisplayName), new Claim(ClaimTypes.Role, account.Role)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
