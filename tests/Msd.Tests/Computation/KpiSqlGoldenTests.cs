using Msd.Catalog;
using Msd.Computation;
using Msd.Storage;
using Msd.Tests.Support;

namespace Msd.Tests.Computation;

/// <summary>
/// The SQL the engine generates for representative KPIs, kept as golden files per engine so every change
/// to it is seen in review. Set MSD_UPDATE_GOLDEN=1 to rewrite them after an intended change.
/// </summary>
public sealed class KpiSqlGoldenTests
{
    private static readonly KpiCatalog Catalog = CatalogLoader.Load(TestEnvironment.ShippedCatalog).Catalog;

    public static TheoryData<string, DatabaseEngine> Cases()
    {
        var data = new TheoryData<string, DatabaseEngine>();
        foreach (var kpi in new[] { "jeugd-jongeren-met-jeugdhulp", "shv-crisis-binnen-drie-werkdagen", "jeugd-wachttijd-start-jeugdhulp", "ip-bijstand-per-10000-inwoners", "sd-lasten-per-inwoner", "ip-werkloze-jongeren" })
        {
            data.Add(kpi, DatabaseEngine.DuckDb);
            data.Add(kpi, DatabaseEngine.Postgres);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generated_SQL_matches_its_golden_file(string kpiId, DatabaseEngine engine)
    {
        var kpi = Catalog.Kpi(kpiId)!;
        var periods = new DataWindow(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)).PeriodsOf(kpi.Period);
        var sql = KpiCompiler.Compile(kpi, Catalog, EngineAreas.Default, periods, engine).Text;

        var path = Path.Combine(TestEnvironment.RepositoryRoot, "tests", "Msd.Tests", "Computation", "Golden", $"{kpiId}.{engine.ToString().ToLowerInvariant()}.sql");
        if (Environment.GetEnvironmentVariable("MSD_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, sql);
        Assert.True(File.Exists(path), $"Golden file {path} ontbreekt: draai de tests met MSD_UPDATE_GOLDEN=1.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), sql.ReplaceLineEndings("\n"));
    }
}
