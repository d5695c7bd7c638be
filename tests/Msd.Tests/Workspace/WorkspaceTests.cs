using Msd.Tests.Support;
using Msd.Workspace;

namespace Msd.Tests.Workspace;

public sealed class WorkspaceTests
{
    private static readonly string[] Municipalities = ["1690", "0118"];

    [Fact]
    public async Task The_default_workspace_serves_De_Wolden_Hoogeveen_and_their_shared_area()
    {
        using var dir = new TempDirectory();
        var workspace = await WorkspaceInitializer.CreateAsync(dir.Combine("ws"), TestEnvironment.ShippedCatalog, TestContext.Current.CancellationToken);

        var config = workspace.Config;
        Assert.Equal([("1690", "De Wolden"), ("0118", "Hoogeveen")], config.Municipalities.Select(m => (m.Code, m.Name)));
        var group = Assert.Single(config.Groups);
        Assert.Equal("SWO", group.Code);
        Assert.Equal(Municipalities, group.Members);
        Assert.Equal(("duckdb", 10, 5), (config.Database.Engine, config.Privacy.SuppressionThreshold, config.Privacy.RoundingBase));
        Assert.StartsWith(workspace.Root, workspace.KeyFilePath, StringComparison.Ordinal);
        var (areas, issues) = AreaTable.Load(workspace.AreasPath, Municipalities);
        Assert.Empty(issues);
        Assert.Equal("WK011800", areas.Find("7901 AB")?.WijkCode);
        Assert.Equal("Zuidwolde", areas.Find("7921")?.WijkNaam);
        Assert.Null(areas.Find("1011"));
    }

    [Fact]
    public void Area_table_mistakes_name_the_line_and_what_to_do()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("gebiedsindeling.csv", "postcode;wijk_code;wijk_naam;gemeente_code\n7901;WK011800;Centrum;0118\n7901;WK011801;Krakeel;0118\n79A1;WK011802;Fout;0118\n7921;WK011800;Zuidwolde;1690\n1011;WK036300;Amsterdam;0363\n");

        var (_, issues) = AreaTable.Load(path, Municipalities);
        var text = string.Join('\n', issues);

        Assert.Contains(":3:1: fout: Postcode 7901 staat meer dan eens", text, StringComparison.Ordinal);
        Assert.Contains(":4:1: fout: '79A1' is geen postcode", text, StringComparison.Ordinal);
        Assert.Contains(":5:1: fout: 'WK011800' is geen CBS-wijkcode van gemeente 1690", text, StringComparison.Ordinal);
        Assert.Contains(":6:1: fout: Gemeente 0363 hoort niet bij deze werkruimte", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Passwords_come_from_the_environment_not_from_msd_yaml()
    {
        Environment.SetEnvironmentVariable("MSD_TEST_WACHTWOORD", "geheim");

        Assert.Equal("Password=geheim;Host=x", Msd.Workspace.Workspace.ExpandEnvironment("Password=${MSD_TEST_WACHTWOORD};Host=x"));
        var missing = Assert.Throws<MsdUserException>(() => Msd.Workspace.Workspace.ExpandEnvironment("Password=${MSD_BESTAAT_NIET}"));
        Assert.Contains("MSD_BESTAAT_NIET", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_workspace_on_PostgreSQL_gets_its_schema_and_dataset_tables()
    {
        var connection = TestEnvironment.RequirePostgres();
        using var dir = new TempDirectory();
        var ws = dir.Combine("ws");
        Assert.Equal(0, (await CliRun.RunAsync("init", ws, "--catalog", TestEnvironment.ShippedCatalog)).Exit);
        var schema = "msd_ws_" + Guid.NewGuid().ToString("N")[..10];
        var yaml = File.ReadAllText(Path.Combine(ws, "msd.yaml"))
            .Replace("  engine: duckdb\n  path: data/msd.duckdb\n", $"  engine: postgres\n  connection_string: {connection};Search Path={schema}\n", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(ws, "msd.yaml"), yaml);

        var (exit, output) = await CliRun.RunAsync("catalog", "coverage", "-w", ws);

        Assert.True(exit == 0, output);
        var workspace = Msd.Workspace.Workspace.Open(ws);
        var database = (Msd.Storage.PostgresDatabase)workspace.OpenDatabase();
        await using (database)
        {
            Assert.True(await database.TableExistsAsync("ds_jeugdhulp_toewijzing", TestContext.Current.CancellationToken));
            await database.ExecuteAsync($"DROP SCHEMA {schema} CASCADE", null, TestContext.Current.CancellationToken);
        }
    }
}
