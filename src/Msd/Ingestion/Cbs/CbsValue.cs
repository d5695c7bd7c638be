using System.Globalization;
using System.Text.Json;

namespace Msd.Ingestion.Cbs;

/// <summary>
/// Reads a published value. Missing stays missing, never zero: null, an empty or "." cell (no data),
/// "x" (secret), and the special values of the district key figures (-99997 secret, -99995 later
/// version, -99991 no longer published). "-" in an untyped cell is CBS's "nihil", a true zero.
/// </summary>
internal static class CbsValue
{
    private static readonly decimal[] Special = [-99997m, -99995m, -99991m];

    /// <summary>The value, null when missing; false when the cell holds something that is not a number.</summary>
    public static bool TryRead(JsonElement cell, out decimal? value)
    {
        value = null;
        switch (cell.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return true;
            case JsonValueKind.Number:
                if (!cell.TryGetDecimal(out var number)
                    && !decimal.TryParse(cell.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
                {
                    return false;
                }
                value = Special.Contains(number) ? null : number;
                return true;
            case JsonValueKind.String:
                return TryRead(cell.GetString()!.Trim(), out value);
            default:
                return false;
        }
    }

    private static bool TryRead(string text, out decimal? value)
    {
        value = null;
        if (text is "" or "." or "x" or "?" or "..")
            return true;
        if (text is "-" or "–")
        {
            value = 0m;
            return true;
        }
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return false;
        value = Special.Contains(number) ? null : number;
        return true;
    }
}
