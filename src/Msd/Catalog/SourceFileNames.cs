using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Msd.Catalog;

/// <summary>Recognises the files of a source mapping by name and reads their reference date (peildatum).</summary>
public static class SourceFileNames
{
    /// <summary>
    /// True when the file name fits the mapping's file_pattern (also with .gz appended); the
    /// reference date is set when the pattern holds {peildatum}.
    /// </summary>
    public static bool TryMatch(SourceMapping source, string fileName, out DateOnly? referenceDate)
    {
        referenceDate = null;
        var match = Pattern(source).Match(fileName);
        if (!match.Success)
            return false;
        if (match.Groups["peildatum"] is { Success: true } group)
        {
            referenceDate = ParseReferenceDate(group.Value, source.ReferenceDate!.Format);
            return referenceDate is not null;
        }
        return true;
    }

    /// <summary>A reference date written in one of the reference_date formats; without a day it is the last day of the month or year.</summary>
    public static DateOnly? ParseReferenceDate(string text, string format)
    {
        var full = format is "yyyy" or "yyyy-MM" or "yyyyMM" ? format + (format == "yyyy" ? "MMdd" : format == "yyyyMM" ? "dd" : "-dd") : format;
        var padded = format switch { "yyyy" => text + "1231", "yyyyMM" => text + "01", "yyyy-MM" => text + "-01", _ => text };
        if (!DateOnly.TryParseExact(padded, full, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return null;
        return format is "yyyyMM" or "yyyy-MM" ? date.AddMonths(1).AddDays(-1) : date;
    }

    private static Regex Pattern(SourceMapping source)
    {
        var pattern = new StringBuilder("^");
        var text = source.FilePattern.Value;
        for (var i = 0; i < text.Length; i++)
        {
            if (text.AsSpan(i).StartsWith(SourceVocabulary.ReferenceDatePlaceholder, StringComparison.Ordinal))
            {
                var digits = Regex.Replace(source.ReferenceDate?.Format ?? "yyyy-MM-dd", "[yMd]", "[0-9]");
                pattern.Append("(?<peildatum>").Append(digits).Append(')');
                i += SourceVocabulary.ReferenceDatePlaceholder.Length - 1;
            }
            else
            {
                pattern.Append(text[i] switch { '*' => "[^/\\\\]*", '?' => ".", var c => Regex.Escape(c.ToString()) });
            }
        }
        return new Regex(pattern.Append("(\\.gz)?$").ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
