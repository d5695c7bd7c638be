using System.Text.RegularExpressions;
using Msd.Catalog;
using Msd.Storage;

namespace Msd.Workspace;

/// <summary>An opened workspace: its folder, its msd.yaml and the paths and database it names.</summary>
public sealed partial class Workspace
{
    public const string ConfigFile = "msd.yaml";

    private Workspace(string root, WorkspaceConfig config)
    {
        Root = root;
        Config = config;
    }

    public string Root { get; }

    public WorkspaceConfig Config { get; }

    public string CatalogRoot => Resolve(Config.Catalog);

    public string AreasPath => Resolve(Config.Areas);

    public string InboxPath => Resolve(Config.Inbox);

    public string KeyFilePath => Resolve(Config.Privacy.KeyFile);

    /// <summary>Where the data lives, for people: the DuckDB file, or the PostgreSQL host without its password.</summary>
    public string DatabaseLocation => Config.Database.Engine == "postgres"
        ? new Npgsql.NpgsqlConnectionStringBuilder(ExpandEnvironment(Config.Database.ConnectionString!)) is var b ? $"PostgreSQL {b.Host}:{b.Port}/{b.Database}" : ""
        : Resolve(Config.Database.Path!);

    public static Workspace Open(string directory)
    {
        var root = Path.GetFullPath(directory);
        var configPath = Path.Combine(root, ConfigFile);
        if (!File.Exists(configPath))
        {
            throw new MsdUserException(
                $"Geen werkruimte gevonden in {root}: het bestand {ConfigFile} ontbreekt. Maak er een met 'msd init {CatalogLoader.DisplayPath(root)}' of geef de juiste map op met --workspace.");
        }
        var (config, issues) = WorkspaceConfigReader.Read(configPath);
        if (config is null)
            throw new MsdUserException($"{ConfigFile} bevat fouten:\n" + string.Join('\n', issues.Select(i => "  " + i)));
        return new Workspace(root, config);
    }

    public string Resolve(string path) => Path.GetFullPath(Path.Combine(Root, ExpandEnvironment(path)));

    /// <summary>
    /// The workspace database, brought up to date: numbered schema scripts, then a table per
    /// catalogue dataset. Every command that touches data opens it this way.
    /// </summary>
    public async Task<Database> OpenDatabaseAsync(KpiCatalog catalog, CancellationToken cancellationToken)
    {
        var database = OpenDatabase();
        try
        {
            await database.MigrateAsync(cancellationToken);
            await DatasetTables.SyncAsync(database, catalog, cancellationToken);
            await database.ExecuteAsync(
                $"INSERT INTO msd_workspace (setting, value) VALUES ('name', {database.Parameter("v")}) ON CONFLICT (setting) DO UPDATE SET value = excluded.value",
                new { v = Config.Name }, cancellationToken);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>The workspace database as it is. DuckDB files are created on first use, with their folder.</summary>
    public Database OpenDatabase()
    {
        var settings = Config.Database;
        if (settings.Engine == "postgres")
            return new PostgresDatabase(ExpandEnvironment(settings.ConnectionString!));
        var path = Resolve(settings.Path!);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new DuckDbDatabase(path);
    }

    public (KpiCatalog Catalog, IReadOnlyList<CatalogIssue> Issues) LoadCatalog() => CatalogLoader.Load(CatalogRoot);

    /// <summary>Replaces ${NAME} by an environment variable, so passwords need not be written in msd.yaml.</summary>
    internal static string ExpandEnvironment(string value) =>
        EnvironmentReference().Replace(value, m => Environment.GetEnvironmentVariable(m.Groups[1].Value)
            ?? throw new MsdUserException($"msd.yaml verwijst naar omgevingsvariabele {m.Groups[1].Value}, maar die is niet gezet."));

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex EnvironmentReference();
}
