using System.Data.Common;
using System.Diagnostics;
using Dapper;
using Msd.Ingestion.Berichten;
using Msd.Ingestion.Extracts;
using Msd.Storage;

namespace Msd.Ingestion;

/// <summary>
/// Loads deliveries into the workspace database, each in one transaction together with its entry in
/// the load log: a crash or kill mid-file leaves the store as before that file, and a rerun completes
/// it. Content already loaded is recognised by its hash and skipped; a refused file is logged with
/// its reason and nothing of it is kept.
/// </summary>
public sealed class Ingester(Database database, IngestContext context)
{
    public async Task<IReadOnlyList<LoadResult>> RunAsync(IReadOnlyList<Delivery> deliveries, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        await CheckKeyAsync(cancellationToken);
        var total = deliveries.Sum(d => d.Bytes);
        long done = 0;
        var results = new List<LoadResult>();
        foreach (var delivery in deliveries)
        {
            progress?.Report(new IngestProgress(done, total, delivery.DisplayPath));
            results.Add(await LoadAsync(delivery, cancellationToken));
            done += delivery.Bytes;
        }
        if (results.Any(r => r.Outcome == LoadOutcome.Geladen && r.Delivery.Kind == DeliveryKind.Berichten))
            await BerichtLoader.FinishAsync(database, cancellationToken);
        progress?.Report(new IngestProgress(total, total, ""));
        return results;
    }

    public async Task<LoadResult> LoadAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var hash = ContentHash.Of(delivery);
        var earlier = await database.QueryAsync<long>(
            $"SELECT load_id FROM msd_load WHERE content_hash = {database.Parameter("h")} AND status = 'geladen' ORDER BY load_id LIMIT 1", new { h = hash }, cancellationToken);
        if (earlier.Count > 0)
            return new LoadResult(delivery, LoadOutcome.AlIngelezen, earlier[0], 0, 0, 0, 0, 0, $"al ingelezen (lading {earlier[0]})", clock.Elapsed);

        var started = DateTime.UtcNow;
        await using var connection = await database.OpenAsync(cancellationToken);
        var loadId = await connection.ExecuteScalarAsync<long>("SELECT nextval('msd_load_seq')");
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var writer = new LoadWriter(database, connection, transaction, loadId) { ReferenceDate = delivery.ReferenceDate };
            await ReadAsync(delivery, writer, cancellationToken);
            await writer.FlushAsync(cancellationToken);
            if (writer.Read != writer.Loaded + writer.Quarantined)
                throw new InvalidOperationException($"{delivery.DisplayPath}: {writer.Read} gelezen maar {writer.Loaded} geladen en {writer.Quarantined} in quarantaine.");
            await LogAsync(connection, transaction, loadId, "geladen", delivery, hash, started, writer, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new LoadResult(delivery, LoadOutcome.Geladen, loadId, writer.Read, writer.Loaded, writer.Quarantined, writer.Warned, writer.Replaced, writer.Note, clock.Elapsed);
        }
        catch (Exception e) when (Refusal(e) is { } reason)
        {
            // the transaction is rolled back; log the refusal on its own so the user can see why
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var writer = new LoadWriter(database, connection, transaction, loadId) { Note = reason };
            writer.Reject("hele bestand", null, reason);
            writer.CountRead();
            await writer.FlushAsync(cancellationToken);
            await LogAsync(connection, transaction, loadId, "geweigerd", delivery, hash, started, writer, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new LoadResult(delivery, LoadOutcome.Geweigerd, loadId, 0, 0, 0, 0, 0, reason, clock.Elapsed);
        }
    }

    private Task ReadAsync(Delivery delivery, LoadWriter writer, CancellationToken cancellationToken) => delivery.Kind switch
    {
        DeliveryKind.Extract => ExtractLoader.ReadAsync(delivery, writer, context, cancellationToken),
        DeliveryKind.Berichten => BerichtLoader.ReadAsync(delivery, writer, context, cancellationToken),
        _ => CbsSnapshotFolder.ReadAsync(delivery, writer, context, cancellationToken),
    };

    /// <summary>Why a whole file is refused, in Dutch; null for a bug, which should surface as one.</summary>
    private static string? Refusal(Exception e) => e switch
    {
        MsdUserException user => user.Message,
        System.Text.DecoderFallbackException decoding => $"Het bestand heeft niet de tekenset die de bronkoppeling opgeeft ({decoding.Message}). Sla het op in de juiste tekenset of pas 'encoding' aan.",
        InvalidDataException data => $"Het bestand is beschadigd of onvolledig ({data.Message}). Vraag de afzender het opnieuw te sturen.",
        _ => null,
    };

    private async Task LogAsync(DbConnection connection, DbTransaction transaction, long loadId, string status, Delivery delivery, string hash, DateTime started, LoadWriter writer, CancellationToken cancellationToken)
    {
        string P(string name) => database.Parameter(name);
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO msd_load (load_id, status, source, target, file_path, file_name, content_hash, file_bytes, reference_date, started_at, finished_at,
                records_read, records_loaded, records_quarantined, records_warned, rows_replaced, note)
            VALUES ({P("id")}, {P("status")}, {P("source")}, {P("target")}, {P("path")}, {P("name")}, {P("hash")}, {P("bytes")}, {P("ref")}, {P("started")}, {P("finished")},
                {P("read")}, {P("loaded")}, {P("quarantined")}, {P("warned")}, {P("replaced")}, {P("note")})
            """,
            new
            {
                id = loadId,
                status,
                source = delivery.Source,
                target = delivery.Target,
                path = delivery.DisplayPath,
                name = delivery.FileName,
                hash,
                bytes = delivery.Bytes,
                @ref = writer.ReferenceDate,
                started,
                finished = DateTime.UtcNow,
                read = writer.Read,
                loaded = writer.Loaded,
                quarantined = writer.Quarantined,
                warned = writer.Warned,
                replaced = writer.Replaced,
                note = writer.Note,
            },
            transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Pseudonyms from another key would not link to those stored: refuse to mix them.</summary>
    private async Task CheckKeyAsync(CancellationToken cancellationToken)
    {
        var fingerprint = context.Pseudonyms.Key.Fingerprint;
        var stored = await database.QueryAsync<string>("SELECT value FROM msd_workspace WHERE setting = 'pseudonym_key'", null, cancellationToken);
        if (stored.Count == 0)
        {
            await database.ExecuteAsync($"INSERT INTO msd_workspace (setting, value) VALUES ('pseudonym_key', {database.Parameter("v")})", new { v = fingerprint }, cancellationToken);
            return;
        }
        if (stored[0] != fingerprint)
            throw new MsdUserException("De pseudonimiseringssleutel past niet bij deze database: de gegevens zijn met een andere sleutel ingelezen, dus personen zouden niet meer aansluiten. Zet het juiste sleutelbestand terug (zie 'privacy.key_file' in msd.yaml).");
    }
}
