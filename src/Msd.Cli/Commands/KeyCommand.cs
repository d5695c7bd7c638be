using System.CommandLine;
using Msd.Privacy;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd key create|rotate`: the pseudonymisation key, kept in a file outside the database.</summary>
internal static class KeyCommand
{
    public static Command Create(CliContext context)
    {
        var create = new Command("create", "Maak de pseudonimiseringssleutel van de werkruimte (eenmalig; alleen leesbaar voor de eigenaar).");
        create.SetAction(parse =>
        {
            var workspace = context.OpenWorkspace(parse);
            PseudonymKey.Create(workspace.KeyFilePath);
            context.Out.MarkupLineInterpolated($"[green]Sleutel gemaakt[/] in {workspace.KeyFilePath}. Bewaar een kopie op een veilige plek: zonder deze sleutel sluiten nieuwe gegevens niet meer aan op de bestaande.");
            return 0;
        });

        var rotate = new Command("rotate", "Wissel van sleutel: alle opgeslagen pseudoniemen worden opnieuw versleuteld, zonder de BSN's nodig te hebben.");
        rotate.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            var (catalog, _) = workspace.LoadCatalog();
            var path = workspace.KeyFilePath;
            var rotated = new Pseudonymiser(PseudonymKey.Load(path).Rotated());
            var pending = path + ".nieuw";
            rotated.Key.Save(pending);
            try
            {
                await using var database = await workspace.OpenDatabaseAsync(catalog, cancellationToken);
                var changed = await PseudonymRotation.RekeyAsync(database, catalog, rotated, cancellationToken);
                File.Move(pending, path, overwrite: true);
                context.Out.MarkupLineInterpolated($"[green]Nieuwe sleutel[/] in gebruik; {changed:N0} pseudoniemen opnieuw versleuteld. Vervang ook de veilige kopie van {path}.");
            }
            finally
            {
                File.Delete(pending);
            }
            return 0;
        });
        return new Command("key", "Beheer de pseudonimiseringssleutel.") { create, rotate };
    }
}
