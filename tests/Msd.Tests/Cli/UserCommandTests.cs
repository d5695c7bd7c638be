using System.Text.RegularExpressions;
using Msd.Accounts;
using Msd.Storage;
using Msd.Tests.Support;

namespace Msd.Tests.Cli;

public sealed partial class UserCommandTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Add_list_and_remove_a_user_with_a_generated_password()
    {
        // Arrange
        using var dir = new TempDirectory();
        var ws = dir.Combine("ws");
        Assert.Equal(0, (await CliRun.RunAsync("init", ws, "--catalog", TestEnvironment.ShippedCatalog)).Exit);

        // Act
        var (addExit, added) = await CliRun.RunAsync("user", "add", "A.Analist", "--role", "analist", "--display-name", "Anna Analist", "-w", ws);
        var (listExit, list) = await CliRun.RunAsync("user", "list", "-w", ws);
        var password = GeneratedPassword().Match(added).Groups[1].Value;
        UserAccount? verified;
        await using (var database = new DuckDbDatabase(Path.Combine(ws, "data", "msd.duckdb")))
            verified = await UserStore.VerifyAsync(database, "a.analist", password, Token);
        var (removeExit, removed) = await CliRun.RunAsync("user", "remove", "a.analist", "-w", ws);
        var (emptyExit, empty) = await CliRun.RunAsync("user", "list", "-w", ws);

        // Assert
        Assert.True(addExit == 0, added);
        Assert.Contains("Gebruiker aangemaakt: a.analist (Anna Analist), rol analist.", added, StringComparison.Ordinal);
        Assert.Contains("maar één keer getoond", added, StringComparison.Ordinal);
        Assert.Equal(20, password.Length);
        Assert.Equal("a.analist", verified?.UserName);
        Assert.True(listExit == 0, list);
        foreach (var text in new[] { "Gebruikersnaam", "Naam", "Rol", "Aangemaakt", "a.analist", "Anna Analist", "analist" })
            Assert.Contains(text, list, StringComparison.Ordinal);
        Assert.DoesNotContain(password, list, StringComparison.Ordinal);
        Assert.True(removeExit == 0, removed);
        Assert.Contains("Gebruiker verwijderd: a.analist.", removed, StringComparison.Ordinal);
        Assert.Equal(0, emptyExit);
        Assert.Contains("Er zijn nog geen gebruikers", empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistakes_are_Dutch_user_errors()
    {
        using var dir = new TempDirectory();
        var ws = dir.Combine("ws");
        Assert.Equal(0, (await CliRun.RunAsync("init", ws, "--catalog", TestEnvironment.ShippedCatalog)).Exit);
        Assert.Equal(0, (await CliRun.RunAsync("user", "add", "jan", "--role", "beheerder", "-w", ws)).Exit);

        var (roleExit, role) = await CliRun.RunAsync("user", "add", "piet", "--role", "admin", "-w", ws);
        var (duplicateExit, duplicate) = await CliRun.RunAsync("user", "add", "jan", "--role", "lezer", "-w", ws);
        var (unknownExit, unknown) = await CliRun.RunAsync("user", "remove", "piet", "-w", ws);
        var (missingExit, missing) = await CliRun.RunAsync("user", "add", "piet", "-w", ws);

        Assert.Equal(1, roleExit);
        Assert.Contains("Onbekende rol 'admin'. Kies uit: beheerder", role, StringComparison.Ordinal);
        Assert.Equal(1, duplicateExit);
        Assert.Contains("Er bestaat al een gebruiker 'jan'", duplicate, StringComparison.Ordinal);
        Assert.Equal(1, unknownExit);
        Assert.Contains("Gebruiker 'piet' bestaat niet.", unknown, StringComparison.Ordinal);
        Assert.Equal(2, missingExit);
        Assert.Contains("--role", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_can_come_from_standard_input()
    {
        using var dir = new TempDirectory();
        var ws = dir.Combine("ws");
        Assert.Equal(0, (await CliRun.RunAsync("init", ws, "--catalog", TestEnvironment.ShippedCatalog)).Exit);
        Assert.Equal(0, (await CliRun.RunAsync("user", "add", "lezer", "--role", "lezer", "-w", ws)).Exit);

        // no other test reads standard input, so replacing it for this one call is safe
        var original = Console.In;
        (int Exit, string Output) changed, tooShort;
        try
        {
            Console.SetIn(new StringReader("mijn eigen wachtzin\n"));
            changed = await CliRun.RunAsync("user", "password", "lezer", "--password-stdin", "-w", ws);
            Console.SetIn(new StringReader("kort\n"));
            tooShort = await CliRun.RunAsync("user", "password", "lezer", "--password-stdin", "-w", ws);
        }
        finally
        {
            Console.SetIn(original);
        }

        Assert.True(changed.Exit == 0, changed.Output);
        Assert.Contains("Nieuw wachtwoord ingesteld voor lezer.", changed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Wachtwoord:", changed.Output, StringComparison.Ordinal);
        Assert.Equal(1, tooShort.Exit);
        Assert.Contains("minstens 12 tekens", tooShort.Output, StringComparison.Ordinal);
        await using var database = new DuckDbDatabase(Path.Combine(ws, "data", "msd.duckdb"));
        Assert.NotNull(await UserStore.VerifyAsync(database, "lezer", "mijn eigen wachtzin", Token));
    }

    [GeneratedRegex(@"Wachtwoord: (\S+)")]
    private static partial Regex GeneratedPassword();
}
