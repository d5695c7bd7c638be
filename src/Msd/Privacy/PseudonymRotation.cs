using Dapper;
using Msd.Catalog;
using Msd.Storage;

namespace Msd.Privacy;

/// <summary>
/// Re-keys every stored pseudonym after a new key joins the chain, in one transaction: the
/// catalogue's pseudonymised columns and the message tables' client columns. The BSNs are not
/// needed, since a pseudonym under the longer chain is the old pseudonym hashed with the new key.
/// </summary>
public static class PseudonymRotation
{
    /// <summary>Pseudonymised columns of tables outside the catalogue: the message versions (schema 0003).</summary>
    private static readonly (string Table, string Column)[] MessageColumns =
        [("bericht_toewijzing", "client_id"), ("bericht_levering", "client_id"), ("bericht_verzoek", "client_id"), ("bericht_prestatie", "client_id")];

    public static async Task<long> RekeyAsync(Database database, KpiCatalog catalog, Pseudonymiser rotated, CancellationToken cancellationToken)
    {
        var columns = catalog.Datasets
            .SelectMany(d => d.Columns.Where(c => c.PersonalData == "pseudonymised").Select(c => (d.TableName, c.Name)))
            .Concat(MessageColumns).ToList();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long changed = 0;
        await connection.ExecuteAsync("CREATE TABLE msd_rekey (old VARCHAR, new VARCHAR)", transaction: transaction);
        foreach (var (table, column) in columns)
        {
            if (!await database.TableExistsAsync(table, cancellationToken))
                continue;
            var values = await connection.QueryAsync<string>($"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL", transaction: transaction);
            await connection.ExecuteAsync("DELETE FROM msd_rekey", transaction: transaction);
            await database.BulkInsertAsync(connection, "msd_rekey", ["old", "new"], values.Select(v => new object?[] { v, rotated.Rekey(v) }), cancellationToken);
            changed += await connection.ExecuteAsync($"UPDATE {table} SET {column} = msd_rekey.new FROM msd_rekey WHERE {table}.{column} = msd_rekey.old", transaction: transaction);
        }
        await connection.ExecuteAsync("DROP TABLE msd_rekey", transaction: transaction);
        await connection.ExecuteAsync(
            $"INSERT INTO msd_workspace (setting, value) VALUES ('pseudonym_key', {database.Parameter("v")}) ON CONFLICT (setting) DO UPDATE SET value = excluded.value",
            new { v = rotated.Key.Fingerprint }, transaction);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }
}
