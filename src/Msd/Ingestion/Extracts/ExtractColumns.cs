using System.Globalization;
using Msd.Catalog;

namespace Msd.Ingestion.Extracts;

/// <summary>
/// How the fields of one extract fill the columns of its dataset, set up once per file from its
/// header: which field feeds which column, through which conversion. A header that does not match
/// the source mapping refuses the file before any row is read.
/// </summary>
internal sealed class ExtractColumns
{
    private readonly Func<string[], Converted>[] _fills;

    private ExtractColumns(string[] columns, Func<string[], Converted>[] fills, string[] fieldNames, int[] key, int mutation, int referenceDate)
    {
        Columns = columns;
        _fills = fills;
        FieldNames = fieldNames;
        KeyFields = key;
        MutationField = mutation;
        ReferenceDateField = referenceDate;
    }

    /// <summary>The dataset's columns in table order (after load_id).</summary>
    public string[] Columns { get; }

    /// <summary>Per dataset column, the source column it comes from (for quarantine), or the column itself when derived.</summary>
    public string[] FieldNames { get; }

    public int[] KeyFields { get; }

    public int MutationField { get; }

    public int ReferenceDateField { get; }

    public int FieldCount { get; private init; }

    public Converted Fill(int column, string[] fields) => _fills[column](fields);

    public static ExtractColumns Plan(SourceMapping mapping, DatasetDefinition dataset, string[] header, int headerLine, IngestContext context)
    {
        CheckHeader(mapping, header, headerLine);
        int Field(string source) => Array.FindIndex(header, h => string.Equals(h, source, StringComparison.Ordinal));
        var fills = new List<Func<string[], Converted>>();
        var names = new List<string>();
        foreach (var column in dataset.Columns)
        {
            names.Add(column.Name);
            var codeList = column.CodeList is { } list && context.Catalog.CodeLists.FirstOrDefault(c => c.Id == list.Value) is { } codes
                ? codes.Codes.Select(c => c.Code).ToHashSet(StringComparer.Ordinal) : null;
            if (mapping.Columns.FirstOrDefault(c => c.Target.Value == column.Name) is { } source)
            {
                var index = Field(source.Source.Value);
                names[^1] = source.Source.Value;
                fills.Add(fields => FieldConversion.Convert(fields[index], source, column.Type, mapping, context, codeList));
            }
            else if (mapping.Derived.FirstOrDefault(d => d.Target.Value == column.Name) is { } derived)
            {
                var from = derived.From.Select(f => (Index: Field(f.Value), Source: mapping.Column(f.Value))).ToArray();
                fills.Add(fields => Derive(derived, [.. from.Select(f => fields[f.Index].Trim())], from.Select(f => f.Source?.Type).ToArray(), context));
            }
            else
            {
                fills.Add(_ => new Converted(null));
            }
        }
        var key = mapping.Key.Select(k => Field(k.Value)).ToArray();
        var mutation = mapping.Mutation is { } m ? Field(m.Column.Value) : -1;
        var referenceDate = mapping.ReferenceDate?.Column is { } r ? Field(r.Value) : -1;
        return new ExtractColumns([.. dataset.Columns.Select(c => c.Name)], [.. fills], [.. names], key, mutation, referenceDate) { FieldCount = header.Length };
    }

    private static Converted Derive(DerivedColumn derived, string[] values, string?[] types, IngestContext context)
    {
        if (derived.Value is { } fixedValue)
            return new Converted(fixedValue.Value);
        if (values.All(v => v.Length == 0))
            return new Converted(derived.Transform == "is_filled" ? false : null);
        var postcode = Array.IndexOf(types, "postcode");
        return derived.Transform switch
        {
            "pseudonymise" when postcode >= 0 && values.Length == 2 => new Converted(context.Pseudonyms.Household(values[postcode], values[1 - postcode])),
            "pseudonymise" => new Converted(context.Pseudonyms.Of(derived.Target.Value, string.Join('|', values))),
            "year_start" or "year_end" when int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 2200 =>
                new Converted(derived.Transform == "year_start" ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31)),
            "year_start" or "year_end" => Converted.Fail($"'{values[0]}' in kolom '{derived.From[0].Value}' is geen jaartal."),
            "is_filled" => new Converted(values.Any(v => v.Length > 0)),
            _ => new Converted(string.Join(' ', values)),
        };
    }

    /// <summary>Every declared column must be in the header, and every header column must be declared (mapped or ignored).</summary>
    private static void CheckHeader(SourceMapping mapping, string[] header, int headerLine)
    {
        var declared = mapping.SourceColumns.Select(c => c.Value).Concat(mapping.Derived.SelectMany(d => d.From.Select(f => f.Value))).Distinct(StringComparer.Ordinal).ToList();
        var missing = declared.Where(d => !header.Contains(d, StringComparer.Ordinal)).ToList();
        var unknown = header.Where(h => h.Length > 0 && !declared.Contains(h, StringComparer.Ordinal)).ToList();
        if (missing.Count == 0 && unknown.Count == 0)
            return;
        var at = $"Kopregel (regel {headerLine.ToString(CultureInfo.InvariantCulture)}): ";
        if (missing.Count > 0 && header.Any(h => h.Contains('\u00C3', StringComparison.Ordinal)))
            throw new MsdUserException(at + $"kolomnamen met vreemde tekens ({string.Join(", ", header.Where(h => h.Contains('\u00C3', StringComparison.Ordinal)))}): het bestand heeft een andere tekenset dan de bronkoppeling ({mapping.Encoding}) opgeeft.");
        if (missing.Count > 0 && header.Length == declared.Count && header.Count(h => declared.Contains(h, StringComparer.Ordinal)) == 0)
            throw new MsdUserException(at + $"geen enkele kolomnaam herkend; staat de kopregel op de goede plaats (verwacht op regel {mapping.HeaderRow})" + (mapping.Format == "csv" ? $" en is het scheidingsteken '{mapping.Delimiter ?? ";"}'?" : "?"));
        var parts = new List<string>();
        if (missing.Count > 0)
            parts.Add($"kolom{(missing.Count > 1 ? "men" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))} ontbreekt");
        if (unknown.Count > 0)
            parts.Add($"kolom{(unknown.Count > 1 ? "men" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))} staat niet in de bronkoppeling {mapping.Id}");
        throw new MsdUserException(at + string.Join("; ", parts) + ". Lever het bestand met de kolommen uit de bronkoppeling, of pas de bronkoppeling aan (een nieuwe kolom onder 'columns' of 'ignore').");
    }
}
