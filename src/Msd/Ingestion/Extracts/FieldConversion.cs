using System.Globalization;
using Msd.Catalog;
using Msd.Privacy;

namespace Msd.Ingestion.Extracts;

/// <summary>The value for a dataset column, or why the field cannot be loaded (error) or can with a remark (warning).</summary>
internal readonly record struct Converted(object? Value, string? Error = null, string? Warning = null)
{
    public static Converted Fail(string error) => new(null, error);
}

/// <summary>Turns one source field into its dataset value: type, format, code translation and the privacy transforms.</summary>
internal static class FieldConversion
{
    public static Converted Convert(string text, SourceColumn column, ColumnType target, SourceMapping mapping, IngestContext context, HashSet<string>? codeList)
    {
        var name = column.Source.Value;
        var value = text.Trim();
        if (value.Length == 0)
            return column.Required ? Converted.Fail($"Het verplichte veld '{name}' is leeg.") : new Converted(null);
        if (column.Codes.Count > 0)
        {
            var code = column.Translate(value);
            if (code is null)
                return Converted.Fail($"Onbekende code '{value}' in kolom '{name}'; de bronkoppeling kent {string.Join(", ", column.Codes.Select(c => c.From))}.");
            value = code;
        }
        return column.Type switch
        {
            "bsn" => Pseudonym(value, context),
            "postcode" => District(value, name, context),
            "date" => Date(value, name, mapping.DateFormat, target),
            "boolean" => bool.TryParse(value, out var flag) ? new Converted(flag) : Converted.Fail($"'{value}' in kolom '{name}' is geen ja of nee."),
            "integer" or "decimal" or "eurocent" => Number(value, column, target, mapping),
            _ when column.Transform == "pseudonymise" => new Converted(context.Pseudonyms.Of(column.Target.Value, value)),
            _ when codeList is not null && !codeList.Contains(value) => Converted.Fail($"Code '{value}' in kolom '{name}' staat niet in de codelijst van {column.Target.Value}."),
            _ => new Converted(value),
        };
    }

    private static Converted Pseudonym(string value, IngestContext context)
    {
        var bsn = value.Length == 8 ? "0" + value : value;
        // the BSN itself never goes into a message: it would end up in the quarantine table
        return Bsn.IsValid(bsn) ? new Converted(context.Pseudonyms.Bsn(bsn)) : Converted.Fail("Het BSN voldoet niet aan de 11-proef.");
    }

    private static Converted District(string value, string name, IngestContext context) =>
        context.Areas.Find(value) is { } area
            ? new Converted(area.WijkCode)
            : new Converted(null, Warning: $"De postcode in kolom '{name}' staat niet in de gebiedsindeling; de wijk blijft leeg.");

    private static Converted Date(string value, string name, string format, ColumnType target)
    {
        if (FastDate(value, format) is { } fast)
            return new Converted(target == ColumnType.Timestamp ? fast.ToDateTime(TimeOnly.MinValue) : fast);
        if (DateOnly.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new Converted(target == ColumnType.Timestamp ? date.ToDateTime(TimeOnly.MinValue) : date);
        return Converted.Fail(LooksLikeDate(value, format)
            ? $"De datum '{value}' in kolom '{name}' bestaat niet."
            : $"'{value}' in kolom '{name}' is geen datum in de vorm {format}.");
    }

    /// <summary>The two common layouts read digit by digit (the general parser dominated the profile); null falls back to it.</summary>
    private static DateOnly? FastDate(string value, string format)
    {
        var (day, month, year) = format switch
        {
            "dd-MM-yyyy" when value.Length == 10 && value[2] == '-' && value[5] == '-' => (Digits(value, 0, 2), Digits(value, 3, 2), Digits(value, 6, 4)),
            "yyyy-MM-dd" when value.Length == 10 && value[4] == '-' && value[7] == '-' => (Digits(value, 8, 2), Digits(value, 5, 2), Digits(value, 0, 4)),
            _ => (-1, -1, -1),
        };
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static int Digits(string text, int start, int length)
    {
        var number = 0;
        for (var i = start; i < start + length; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
                return -1;
            number = (number * 10) + digit;
        }
        return number;
    }

    private static bool LooksLikeDate(string value, string format) =>
        value.Length == format.Length && value.Zip(format).All(p => char.IsDigit(p.First) == char.IsLetter(p.Second));

    private static Converted Number(string value, SourceColumn column, ColumnType target, SourceMapping mapping)
    {
        var invariant = mapping.DecimalSeparator == "," ? value.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : value.Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return Converted.Fail($"'{value}' in kolom '{column.Source.Value}' is geen getal.");
        if (column.Transform == "euro_to_eurocent")
            return new Converted((long)Math.Round(number * 100, MidpointRounding.AwayFromZero));
        return target switch
        {
            ColumnType.Integer or ColumnType.Eurocent when number != decimal.Truncate(number) => Converted.Fail($"'{value}' in kolom '{column.Source.Value}' is geen geheel getal."),
            ColumnType.Integer or ColumnType.Eurocent => new Converted((long)number),
            ColumnType.Text => new Converted(value),
            _ => new Converted(number),
        };
    }
}
