namespace Msd.Tests.Ingestion.Berichten;

/// <summary>Privacy at the door, checked where it matters: no BSN from the source files in any column of any table.</summary>
internal static class BsnControle
{
    public static async Task AssertNoBsnStoredAsync(BerichtWerkruimte ws, IReadOnlySet<string> bsns)
    {
        Assert.NotEmpty(bsns);
        var tables = await ws.QueryAsync<string>("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
        Assert.Contains("bericht_toewijzing", tables);
        foreach (var table in tables)
        {
            foreach (var column in await ws.Database.ColumnsAsync(table, TestContext.Current.CancellationToken))
            {
                var values = await ws.QueryAsync<string?>($"SELECT DISTINCT CAST({column} AS VARCHAR) FROM {table}");
                var found = values.FirstOrDefault(v => v is not null && ContainsBsn(v, bsns));
                Assert.True(found is null, $"{table}.{column} bevat een BSN uit de bronbestanden.");
            }
        }
    }

    /// <summary>Whether the value holds one of the BSNs as a run of exactly nine digits (so a long number, such as a key hash, does not count).</summary>
    private static bool ContainsBsn(string value, IReadOnlySet<string> bsns)
    {
        for (var i = 0; i < value.Length;)
        {
            var j = i;
            while (j < value.Length && char.IsAsciiDigit(value[j]))
                j++;
            if (j - i == 9 && bsns.Contains(value.Substring(i, 9)))
                return true;
            i = j == i ? i + 1 : j;
        }
        return false;
    }
}
