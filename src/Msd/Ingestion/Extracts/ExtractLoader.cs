using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Msd.Catalog;

namespace Msd.Ingestion.Extracts;

/// <summary>
/// Loads a CSV or XLSX extract through its source mapping: every row is converted (types, codes,
/// pseudonyms, districts) or quarantined with line, field and reason; duplicates count once; then
/// the delivery replaces or changes what earlier deliveries loaded, as the mapping declares.
/// </summary>
internal static class ExtractLoader
{
    public static async Task ReadAsync(Delivery delivery, LoadWriter writer, IngestContext context, CancellationToken cancellationToken)
    {
        var mapping = delivery.Mapping!;
        var dataset = context.Catalog.Dataset(mapping.Target.Value)
            ?? throw new MsdUserException($"De bronkoppeling {mapping.Id} verwijst naar dataset {mapping.Target.Value}, die niet in de catalogus staat.");
        var document = delivery.Documents().Single();
        await using var stream = document.Open();
        var (header, headerLine, rows) = ExtractTable.Open(mapping, stream);
        var plan = ExtractColumns.Plan(mapping, dataset, header, headerLine, context);
        var seen = new Dictionary<ulong, (int Line, ulong Row)>();
        var deletions = new List<object?[]>();
        var values = new object?[plan.Columns.Length];
        var warnings = new List<(string Field, string Warning)>();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.CountRead();
            var position = "regel " + row.Line.ToString(CultureInfo.InvariantCulture);
            if (row.Fields.Length != plan.FieldCount)
            {
                writer.Reject(position, null, $"De regel heeft {row.Fields.Length} velden, de kopregel {plan.FieldCount}. Staat er een scheidingsteken in een veld zonder aanhalingstekens, of is de regel afgebroken?");
                continue;
            }
            if (Duplicate(seen, mapping, plan, row) is { } duplicate)
            {
                writer.Reject(position, null, duplicate);
                continue;
            }
            var mutation = plan.MutationField >= 0 ? mapping.Mutation!.Codes.FirstOrDefault(c => c.From == row.Fields[plan.MutationField].Trim())?.To : null;
            if (plan.MutationField >= 0 && mutation is null)
            {
                writer.Reject(position, mapping.Mutation!.Column.Value, $"Onbekende mutatiesoort '{row.Fields[plan.MutationField].Trim()}'; de bronkoppeling kent {string.Join(", ", mapping.Mutation.Codes.Select(c => c.From))}.");
                continue;
            }
            if (ReferenceDate(plan, mapping, row, writer) is { } dateProblem)
            {
                writer.Reject(position, mapping.ReferenceDate!.Column!.Value, dateProblem);
                continue;
            }
            if (!Convert(plan, row, values, warnings, out var field, out var error))
            {
                writer.Reject(position, field, error!);
                continue;
            }
            foreach (var (warnField, warning) in warnings)
                writer.Warn(position, warnField, warning);
            writer.CountLoaded();
            if (mutation == "verwijdering")
                deletions.Add([.. values]);
            else
                await writer.AddAsync(dataset.TableName, plan.Columns, [.. values], cancellationToken);
        }
        await writer.FlushAsync(cancellationToken);
        await LoadVolume.RecordAsync(writer, dataset, cancellationToken);
        await ExtractDelivery.ApplyAsync(writer, mapping, dataset, plan.Columns, deletions, cancellationToken);
    }

    private static bool Convert(ExtractColumns plan, ExtractRow row, object?[] values, List<(string, string)> warnings, out string? field, out string? error)
    {
        warnings.Clear();
        for (var i = 0; i < values.Length; i++)
        {
            var converted = plan.Fill(i, row.Fields);
            if (converted.Error is not null)
            {
                (field, error) = (plan.FieldNames[i], converted.Error);
                return false;
            }
            if (converted.Warning is not null)
                warnings.Add((plan.FieldNames[i], converted.Warning));
            values[i] = converted.Value;
        }
        (field, error) = (null, null);
        return true;
    }

    /// <summary>The second occurrence of a record in one file counts once: an exact copy, or the same key with other values.</summary>
    private static string? Duplicate(Dictionary<ulong, (int Line, ulong Row)> seen, SourceMapping mapping, ExtractColumns plan, ExtractRow row)
    {
        var hash = new XxHash3();
        foreach (var k in plan.KeyFields)
            Append(hash, row.Fields[k].AsSpan().Trim());
        var key = hash.GetCurrentHashAsUInt64();
        hash.Reset();
        foreach (var field in row.Fields)
            Append(hash, field);
        var whole = hash.GetCurrentHashAsUInt64();
        if (!seen.TryGetValue(key, out var earlier))
        {
            seen[key] = (row.Line, whole);
            return null;
        }
        var line = earlier.Line.ToString(CultureInfo.InvariantCulture);
        return earlier.Row == whole
            ? $"Dubbele regel: gelijk aan regel {line}; hij telt één keer."
            : $"De sleutel ({string.Join(", ", mapping.Key.Select(k => k.Value))}) komt al voor op regel {line} met andere waarden; welke geldt is niet te zeggen.";
    }

    private static void Append(XxHash3 hash, ReadOnlySpan<char> field)
    {
        hash.Append(MemoryMarshal.AsBytes(field));
        hash.Append([0x1F, 0]);
    }

    /// <summary>A reference date read from a column must be a date, and the same on every row of the file.</summary>
    private static string? ReferenceDate(ExtractColumns plan, SourceMapping mapping, ExtractRow row, LoadWriter writer)
    {
        if (plan.ReferenceDateField < 0)
            return null;
        var text = row.Fields[plan.ReferenceDateField].Trim();
        var format = mapping.ReferenceDate!.Format;
        if (SourceFileNames.ParseReferenceDate(text, format) is not { } date)
            return $"'{text}' is geen peildatum in de vorm {format}.";
        writer.ReferenceDate ??= date;
        return writer.ReferenceDate == date ? null : $"Peildatum {text} wijkt af van die van de eerdere regels; een bestand hoort één peildatum te hebben.";
    }
}
