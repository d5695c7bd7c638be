using System.Globalization;

namespace Msd.Catalog;

/// <summary>How a fixture value is written for each column type, and its typed value for the database.</summary>
public static class AcceptanceValues
{
    /// <summary>The typed value of <paramref name="text"/>, or null with a Dutch explanation of what was expected.</summary>
    public static (object? Value, string? Problem) Parse(ColumnType type, string? text)
    {
        if (text is null)
            return (null, null);
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            ColumnType.Integer or ColumnType.Eurocent => long.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var l)
                ? (l, null) : (null, $"een geheel getal{(type == ColumnType.Eurocent ? " (een bedrag in hele centen)" : "")}"),
            ColumnType.Decimal => decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, invariant, out var d)
                ? (d, null) : (null, "een getal met een punt als decimaalteken"),
            ColumnType.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day)
                ? (day, null) : (null, "een bestaande datum als JJJJ-MM-DD"),
            ColumnType.Timestamp => DateTime.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], invariant, DateTimeStyles.None, out var t)
                ? (t, null) : (null, "een datum JJJJ-MM-DD of tijdstip JJJJ-MM-DDTuu:mm:ss"),
            ColumnType.Boolean => text is "true" or "false" ? (text == "true", null) : (null, "true of false"),
            _ => (text, null),
        };
    }
}
