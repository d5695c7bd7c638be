using BenchmarkDotNet.Attributes;
using Msd.Catalog;

namespace Msd.Bench;

/// <summary>How long a full strict load and check of the shipped catalogue takes (every command starts with it).</summary>
[MemoryDiagnoser]
public class CatalogLoading
{
    private readonly string _catalog = FindCatalog();

    [Benchmark]
    public int LoadAndCheckShippedCatalogue()
    {
        var (catalog, issues) = CatalogLoader.Load(_catalog);
        return catalog.Kpis.Count + issues.Count;
    }

    private static string FindCatalog()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "catalog");
            if (File.Exists(Path.Combine(dir.FullName, "Msd.slnx")))
                return candidate;
        }
        throw new InvalidOperationException("Repository root (Msd.slnx) not found.");
    }
}
