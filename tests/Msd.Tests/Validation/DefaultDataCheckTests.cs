using Msd.Tests.Ingestion;
using Msd.Tests.Support;
using Msd.Validation;

namespace Msd.Tests.Validation;

/// <summary>The shipped checks on the default generated data: every dataset-level defect of the manifest is found, and nothing else.</summary>
public abstract class DefaultDataCheckTests<TDatabase>(DefaultDataFixture data)
    where TDatabase : ITestDatabase, new()
{
    /// <summary>Which check must catch each kind of defect that the manifest assigns to 'controle', and how severely.</summary>
    private static readonly Dictionary<string, (string Check, string Severity)> Catches = new(StringComparer.Ordinal)
    {
        ["305-zonder-301"] = ("jeugd-start-heeft-toewijzing", CheckResult.Error),
        ["volumedaling"] = ("bijstand-volume-per-levering", CheckResult.Error),
    };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_dataset_level_defect_of_the_manifest_is_reported_by_its_check_with_its_severity_and_nothing_else_fails()
    {
        var db = await data.IngestedAsync<TDatabase>();
        var districts = data.Context.Areas.Areas.Select(a => a.WijkCode).ToHashSet(StringComparer.Ordinal);

        var run = await CheckEngine.RunAsync(db, data.Catalog, districts, TimeProvider.System, Token);

        var defects = data.Defects.Where(d => d[5] == "controle").ToList();
        Assert.Equal(["305-zonder-301", "volumedaling"], defects.Select(d => d[1]).Distinct().Order(StringComparer.Ordinal));
        var explained = new List<CheckResult>();
        foreach (var defect in defects)
        {
            var (check, severity) = Catches[defect[1]];
            var gemeente = Municipality(defect[2]);
            var found = run.Results.Where(r => r.CheckId == check && r.GemeenteCode == gemeente && r.Failed).ToList();
            Assert.True(found.Count > 0, $"{defect[0]} {defect[1]} in {defect[2]}: controle {check} meldt niets voor gemeente {gemeente}.");
            Assert.All(found, r => Assert.Equal(severity, r.Status));
            if (defect[1] == "volumedaling")
                Assert.Contains(found, r => r.Period!.Label.StartsWith(Month(defect[2]), StringComparison.Ordinal) && r.Observed < -30);
            else
                Assert.Contains(found, r => r.Sample.Any(s => s.Contains("toewijzing_nummer=999", StringComparison.Ordinal)));
            explained.AddRange(found);
        }
        Assert.True(run.HasErrors);
        Assert.Empty(run.Results.Where(r => r.Failed).Except(explained).Select(r => $"{r.CheckId} {r.GemeenteCode} {r.Period?.Label}: {r.Message}"));
    }

    [Fact]
    public async Task The_quarantine_is_counted_per_source_and_reason_without_particulars()
    {
        var db = await data.IngestedAsync<TDatabase>();

        var counts = await QuarantineSummary.CountAsync(db, Token);

        Assert.Contains(counts, c => c.Source == "iJw/iWmo" && c.Reason == "Dubbel bericht" && c.Records > 0);
        Assert.Contains(counts, c => c.Reason == "Het BSN voldoet niet aan de 11-proef");
        Assert.Contains(counts, c => c.Reason == "Dubbele regel");
        Assert.DoesNotContain(counts, c => c.Reason.Any(char.IsDigit) && !c.Reason.Contains("11-proef", StringComparison.Ordinal) && !c.Reason.Contains("99", StringComparison.Ordinal) && !c.Reason.Contains("3.1", StringComparison.Ordinal));
    }

    // berichten/ijw/1690/1690_2021-01.zip or registratie/bijstand_uitkeringen_1690_2023-07.csv
    private static string Municipality(string file) =>
        file.StartsWith("berichten/", StringComparison.Ordinal) ? file.Split('/')[2] : Path.GetFileNameWithoutExtension(file).Split('_')[^2];

    private static string Month(string file) => Path.GetFileNameWithoutExtension(file).Split('_')[^1];
}

[Collection(nameof(DefaultDataCollection))]
public sealed class DuckDbDefaultDataCheckTests(DefaultDataFixture data) : DefaultDataCheckTests<DuckDbTestDatabase>(data);

[Collection(nameof(DefaultDataCollection))]
public sealed class PostgresDefaultDataCheckTests(DefaultDataFixture data) : DefaultDataCheckTests<PostgresTestDatabase>(data);
