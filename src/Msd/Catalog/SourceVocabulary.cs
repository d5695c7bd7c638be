using System.Text;

namespace Msd.Catalog;

/// <summary>
/// The fixed values of a source mapping (catalog/sources). The JSON Schema source.schema.json repeats
/// them; a test keeps both equal.
/// </summary>
public static class SourceVocabulary
{
    public static readonly string[] Formats = ["csv", "xlsx"];
    public static readonly string[] Deliveries = ["full_extract", "mutations"];
    public static readonly string[] Encodings = ["utf-8-bom", "utf-8", "windows-1252"];
    public static readonly string[] Delimiters = [";", ",", "|", "tab"];
    public static readonly string[] DecimalSeparators = [",", "."];
    public static readonly string[] DateFormats = ["dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "yyyyMMdd"];
    public static readonly string[] ReferenceDateSources = ["file_name", "column"];
    public static readonly string[] ReferenceDateFormats = ["yyyy", "yyyy-MM", "yyyyMM", "yyyy-MM-dd", "yyyyMMdd", "dd-MM-yyyy"];
    public static readonly string[] SourceTypes = ["text", "integer", "decimal", "eurocent", "date", "boolean", "bsn", "postcode"];
    public static readonly string[] Transforms = ["pseudonymise", "pseudonymise_bsn", "postcode_to_wijk", "euro_to_eurocent"];
    public static readonly string[] DerivedTransforms = ["pseudonymise", "year_start", "year_end", "is_filled"];
    public static readonly string[] MutationKinds = ["nieuw", "wijziging", "verwijdering"];

    /// <summary>The placeholder in file_pattern that stands for the reference date written in reference_date.format.</summary>
    public const string ReferenceDatePlaceholder = "{peildatum}";

    /// <summary>Why this transform cannot read a source column of this type, or why the type needs a transform; null when they fit.</summary>
    public static string? TransformMisfit(string sourceType, string? transform) => (sourceType, transform) switch
    {
        ("bsn", not "pseudonymise_bsn") => "Een BSN wordt nooit onbewerkt opgeslagen: zet transform: pseudonymise_bsn.",
        ("postcode", not "postcode_to_wijk") => "De postcode zelf wordt niet opgeslagen: zet transform: postcode_to_wijk.",
        (not "bsn", "pseudonymise_bsn") => "transform: pseudonymise_bsn leest een kolom van type bsn.",
        (not "postcode", "postcode_to_wijk") => "transform: postcode_to_wijk leest een kolom van type postcode.",
        (not ("text" or "integer"), "pseudonymise") => "transform: pseudonymise leest een kolom van type text of integer.",
        (not ("decimal" or "integer"), "euro_to_eurocent") => "transform: euro_to_eurocent leest een bedrag in euro's: type decimal of integer.",
        _ => null,
    };

    /// <summary>The dataset column types a source column of this type, read with this transform, can fill.</summary>
    public static IReadOnlyList<ColumnType> Targets(string sourceType, string? transform) => transform switch
    {
        "pseudonymise" or "pseudonymise_bsn" or "postcode_to_wijk" => [ColumnType.Text],
        "euro_to_eurocent" => [ColumnType.Eurocent],
        _ => sourceType switch
        {
            "integer" => [ColumnType.Integer, ColumnType.Decimal, ColumnType.Text],
            "decimal" => [ColumnType.Decimal],
            "eurocent" => [ColumnType.Eurocent],
            "date" => [ColumnType.Date, ColumnType.Timestamp],
            "boolean" => [ColumnType.Boolean],
            _ => [ColumnType.Text],
        },
    };

    /// <summary>The text encoding an 'encoding' value names; strict, so a character it cannot hold is an error, not a '?'.</summary>
    public static Encoding TextEncoding(string encoding) => encoding switch
    {
        "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true),
        "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        "windows-1252" => CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Onbekende tekenset."),
    };

    /// <summary>The dataset column type a derived transform produces.</summary>
    public static ColumnType DerivedType(string transform) => transform switch
    {
        "year_start" or "year_end" => ColumnType.Date,
        "is_filled" => ColumnType.Boolean,
        _ => ColumnType.Text,
    };
}
