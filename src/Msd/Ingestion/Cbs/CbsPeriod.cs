using System.Globalization;

namespace Msd.Ingestion.Cbs;

/// <summary>
/// A CBS period code and the days it spans: 2023JJ00 (year), 2023HJ01 (half year), 2023KW02
/// (quarter), 2023MM05 (month). The Perioden dimension of a table says which codes it uses.
/// </summary>
internal readonly record struct CbsPeriod(string Code, DateOnly Begin, DateOnly End)
{
    /// <summary>The period a code stands for, or null for a code this monitor does not know.</summary>
    public static CbsPeriod? Parse(string code)
    {
        code = code.Trim();
        if (code.Length != 8
            || !int.TryParse(code.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(code.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1800)
        {
            return null;
        }
        var (months, count) = code.AsSpan(4, 2) switch
        {
            "JJ" when number == 0 => (12, 1),
            "HJ" => (6, 2),
            "KW" => (3, 4),
            "MM" => (1, 12),
            _ => (0, 0),
        };
        if (count == 0 || (count > 1 && (number < 1 || number > count)))
            return null;
        var begin = new DateOnly(year, 1, 1).AddMonths(count == 1 ? 0 : (number - 1) * months);
        return new CbsPeriod(code, begin, begin.AddMonths(months).AddDays(-1));
    }

    /// <summary>The codes that are understood, in Dutch, for messages.</summary>
    public const string Known = "2023JJ00 (jaar), 2023HJ01 of HJ02 (halfjaar), 2023KW01 t/m KW04 (kwartaal) en 2023MM01 t/m MM12 (maand)";
}
