using Msd.Catalog;
using Msd.Ingestion.Cbs;

namespace Msd.Tests.Ingestion.Cbs;

/// <summary>CBS codes: periods to dates, region prefixes to levels, provisional markers to a status.</summary>
public sealed class CbsCodeTests
{
    [Theory]
    [InlineData("2023JJ00", "2023-01-01", "2023-12-31")]
    [InlineData("2023HJ01", "2023-01-01", "2023-06-30")]
    [InlineData("2023HJ02", "2023-07-01", "2023-12-31")]
    [InlineData("2024KW01", "2024-01-01", "2024-03-31")]
    [InlineData("2023KW04", "2023-10-01", "2023-12-31")]
    [InlineData("2024MM02", "2024-02-01", "2024-02-29")]
    [InlineData("2023MM12  ", "2023-12-01", "2023-12-31")]
    public void Period_codes_become_the_days_they_span(string code, string begin, string end)
    {
        var period = CbsPeriod.Parse(code)!.Value;

        Assert.Equal((code.Trim(), DateOnly.Parse(begin, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), (period.Code, period.Begin, period.End));
        Assert.True(CbsTableReader.IsPeriodCode(code.Trim()));
    }

    [Theory]
    [InlineData("2023JJ01")]
    [InlineData("2023KW05")]
    [InlineData("2023MM13")]
    [InlineData("2023HJ00")]
    [InlineData("2023X000")]
    [InlineData("23JJ00")]
    public void Unknown_period_codes_are_not_guessed(string code)
    {
        Assert.Null(CbsPeriod.Parse(code));
        Assert.False(CbsTableReader.IsPeriodCode(code));
    }

    [Theory]
    [InlineData("GM1690    ", "GM1690", "GM", "1690", null)]
    [InlineData("WK169001  ", "WK169001", "WK", "1690", "WK169001")]
    [InlineData("BU01180203", "BU01180203", "BU", "0118", null)]
    [InlineData("PV22      ", "PV22", "PV", null, null)]
    [InlineData("NL01      ", "NL01", "NL", null, null)]
    [InlineData("JZ24", "JZ24", "JZ", null, null)]
    public void Region_codes_are_trimmed_and_leveled_by_their_prefix(string key, string code, string level, string? municipality, string? district) =>
        Assert.Equal(new CbsRegion(code, level, municipality, district), CbsRegion.Of(key));

    [Theory]
    [InlineData("2023", "Definitief", null, "D")]
    [InlineData("2023*", null, null, "V")]
    [InlineData("2024 1e halfjaar**", null, null, "NV")]
    [InlineData("2024", "Nader voorlopig", null, "NV")]
    [InlineData("2024", "Voorlopig", "None", "V")]
    [InlineData("2024**", "Nader voorlopig", "Provisional", "V")]
    [InlineData(null, null, "None", "D")]
    public void Provisional_markers_become_a_status(string? title, string? status, string? attribute, string expected) =>
        Assert.Equal(expected, CbsStatus.Of(title, status, attribute));
}
