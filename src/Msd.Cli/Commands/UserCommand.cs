using System.CommandLine;
using System.Globalization;
using Msd.Accounts;
using Msd.Storage;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd user add|list|remove|password`: the local accounts of the web monitor.</summary>
internal static class UserCommand
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static Command Create(CliContext context) =>
        new("user", "Beheer de lokale accounts van de webmonitor en hun rollen.") { Add(context), List(context), Remove(context), Password(context) };

    private static Command Add(CliContext context)
    {
        var name = UserNameArgument();
        var role = new Option<string>("--role")
        {
            Description = "Rol: " + string.Join(", ", Role.All.Select(r => r.Id)),
            HelpName = "ROL",
            Required = true,
        };
        var displayName = new Option<string>("--display-name") { Description = "Naam zoals de monitor die toont (standaard de gebruikersnaam)", HelpName = "NAAM" };
        var fromStdin = PasswordStdinOption();
        var command = new Command("add", "Maak een gebruiker met een rol. Zonder --password-stdin krijgt de gebruiker een sterk, willekeurig wachtwoord.")
        {
            name, role, displayName, fromStdin,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (password, generated) = ReadPassword(parse.GetValue(fromStdin));
            await using var database = await OpenAsync(context, parse, cancellationToken);
            var account = await UserStore.AddAsync(database, parse.GetValue(name)!, parse.GetValue(displayName) ?? "", parse.GetValue(role)!, password, cancellationToken);
            context.Out.MarkupLineInterpolated($"[green]Gebruiker aangemaakt:[/] {account.UserName} ({account.DisplayName}), rol {account.Role}.");
            WriteGenerated(context, generated, password);
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "Toon de gebruikers met hun rol.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await OpenAsync(context, parse, cancellationToken);
            var accounts = await UserStore.ListAsync(database, cancellationToken);
            if (accounts.Count == 0)
            {
                context.Out.MarkupLine($"Er zijn nog geen gebruikers. Maak er een met 'msd user add NAAM --role {Role.Beheerder}'.");
                return 0;
            }
            var table = new Table().AddColumns("Gebruikersnaam", "Naam", "Rol", "Aangemaakt");
            foreach (var a in accounts)
                table.AddRow(Markup.Escape(a.UserName), Markup.Escape(a.DisplayName), Markup.Escape(a.Role), a.CreatedAt.ToLocalTime().ToString("dd-MM-yyyy HH:mm", Dutch));
            context.Out.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var name = UserNameArgument();
        var command = new Command("remove", "Verwijder een gebruiker. Toelichtingen die de gebruiker schreef, blijven staan.") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await OpenAsync(context, parse, cancellationToken);
            await UserStore.RemoveAsync(database, parse.GetValue(name)!, cancellationToken);
            context.Out.MarkupLineInterpolated($"[green]Gebruiker verwijderd:[/] {parse.GetValue(name)!.Trim().ToLowerInvariant()}.");
            return 0;
        });
        return command;
    }

    private static Command Password(CliContext context)
    {
        var name = UserNameArgument();
        var fromStdin = PasswordStdinOption();
        var command = new Command("password", "Geef een gebruiker een nieuw wachtwoord: willekeurig, of van standaardinvoer met --password-stdin.") { name, fromStdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (password, generated) = ReadPassword(parse.GetValue(fromStdin));
            await using var database = await OpenAsync(context, parse, cancellationToken);
            await UserStore.SetPasswordAsync(database, parse.GetValue(name)!, password, cancellationToken);
            context.Out.MarkupLineInterpolated($"[green]Nieuw wachtwoord ingesteld[/] voor {parse.GetValue(name)!.Trim().ToLowerInvariant()}.");
            WriteGenerated(context, generated, password);
            return 0;
        });
        return command;
    }

    private static Argument<string> UserNameArgument() =>
        new("naam") { Description = "Gebruikersnaam: kleine letters, cijfers, punt, streepje of liggend streepje", HelpName = "NAAM" };

    private static Option<bool> PasswordStdinOption() =>
        new("--password-stdin") { Arity = ArgumentArity.Zero, Description = "Lees het wachtwoord van standaardinvoer (één regel, minstens 12 tekens) in plaats van er een te maken" };

    // user management does not need the catalogue: the schema scripts are enough, so a broken catalogue never locks anyone out
    private static async Task<Database> OpenAsync(CliContext context, ParseResult parse, CancellationToken cancellationToken)
    {
        var database = context.OpenWorkspace(parse).OpenDatabase();
        try
        {
            await database.MigrateAsync(cancellationToken);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    private static (string Password, bool Generated) ReadPassword(bool fromStdin)
    {
        if (!fromStdin)
            return (PasswordHash.Generate(), true);
        var line = Console.In.ReadLine();
        if (string.IsNullOrEmpty(line))
            throw new MsdUserException("Geen wachtwoord ontvangen op standaardinvoer. Geef het als één regel, bijvoorbeeld: echo \"…\" | msd user password NAAM --password-stdin");
        return (line, false);
    }

    private static void WriteGenerated(CliContext context, bool generated, string password)
    {
        if (!generated)
            return;
        context.Out.MarkupLineInterpolated($"Wachtwoord: [bold]{password}[/]");
        context.Out.MarkupLine("Dit wachtwoord wordt maar één keer getoond en nergens bewaard. Geef het veilig door; een beheerder vervangt het zo nodig met 'msd user password NAAM'.");
    }
}
