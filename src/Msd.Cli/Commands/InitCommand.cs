using System.CommandLine;
using Msd.Workspace;
using Spectre.Console;

namespace Msd.Cli.Commands;

internal static class InitCommand
{
    /// <summary>The catalogue shipped next to the executable.</summary>
    public static string ShippedCatalog => Path.Combine(AppContext.BaseDirectory, "catalog");

    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("map") { Description = "Map voor de nieuwe werkruimte (wordt aangemaakt als die niet bestaat)", HelpName = "MAP" };
        var catalog = new Option<string>("--catalog")
        {
            Description = "Catalogus om in de werkruimte te kopiëren (standaard: de meegeleverde catalogus)",
            HelpName = "MAP",
            DefaultValueFactory = _ => ShippedCatalog,
        };
        var command = new Command("init", "Maak een nieuwe werkruimte: msd.yaml, gebiedsindeling, inbox, catalogus en database.") { directory, catalog };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = await WorkspaceInitializer.CreateAsync(parse.GetValue(directory)!, parse.GetValue(catalog)!, cancellationToken);
            Report(context.Out, workspace);
            return 0;
        });
        return command;
    }

    internal static void Report(IAnsiConsole console, Msd.Workspace.Workspace workspace)
    {
        var config = workspace.Config;
        console.MarkupLineInterpolated($"[green]Werkruimte aangemaakt[/] in {workspace.Root}");
        var table = new Table().AddColumns("Onderdeel", "Waar");
        table.AddRow("Instellingen", Markup.Escape(Path.Combine(workspace.Root, Msd.Workspace.Workspace.ConfigFile)));
        table.AddRow("Gemeenten", Markup.Escape(string.Join(", ", config.Municipalities.Select(m => $"{m.Name} ({m.Code})"))));
        table.AddRow("Groepen", Markup.Escape(string.Join(", ", config.Groups.Select(g => $"{g.Name} ({g.Code})"))));
        table.AddRow("Database", Markup.Escape(workspace.DatabaseLocation));
        table.AddRow("Catalogus", Markup.Escape(workspace.CatalogRoot));
        table.AddRow("Gebiedsindeling", Markup.Escape(workspace.AreasPath));
        table.AddRow("Inbox", Markup.Escape(workspace.InboxPath));
        table.AddRow("Sleutelbestand", Markup.Escape(workspace.KeyFilePath));
        console.Write(table);
        console.MarkupLine("Volgende stap: [bold]msd catalog check --workspace " + Markup.Escape(workspace.Root) + "[/]");
    }
}
