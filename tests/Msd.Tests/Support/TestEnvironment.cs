namespace Msd.Tests.Support;

/// <summary>
/// What the tests need from the machine. PostgreSQL and other servers may be missing on a laptop
/// (tests skip), but never in CI: with CI=true a missing server fails the test.
/// </summary>
internal static class TestEnvironment
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Environment.GetEnvironmentVariable("MSD_REQUIRE_POSTGRES"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Connection string of a PostgreSQL server the tests may create schemas in.</summary>
    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("MSD_TEST_POSTGRES");

    public static string RequirePostgres()
    {
        if (PostgresConnectionString is { Length: > 0 } cs)
            return cs;
        const string message = "MSD_TEST_POSTGRES is niet gezet: PostgreSQL-tests overgeslagen.";
        if (IsCi)
            Assert.Fail(message + " In CI is PostgreSQL verplicht (.ci/run start de server).");
        Assert.Skip(message);
        return "";
    }

    /// <summary>Debian's Chromium, which the browser tests drive through Playwright (.ci/run installs it).</summary>
    public static string RequireChromium()
    {
        var path = Environment.GetEnvironmentVariable("MSD_CHROMIUM") ?? "/usr/bin/chromium";
        if (File.Exists(path))
            return path;
        var message = $"Chromium ontbreekt ({path}): browsertests overgeslagen.";
        if (IsCi)
            Assert.Fail(message + " In CI is Chromium verplicht (.ci/run installeert het).");
        Assert.Skip(message);
        return "";
    }

    /// <summary>The repository root, found from the test binaries upwards.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The third-party reference data beside the checkout (read there, never copied).</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    public static string ShippedCatalog => Path.Combine(RepositoryRoot, "catalog");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Msd.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Msd.slnx niet gevonden boven " + AppContext.BaseDirectory);
    }
}
