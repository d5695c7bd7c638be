using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Msd.Acceptance;
using Msd.Accounts;
using Msd.Catalog;
using Msd.Documents;
using Msd.Tests.Support;

namespace Msd.Tests.Acceptance;

/// <summary>The validation report says the same in HTML and in Word, and Word opens what we write.</summary>
public sealed partial class ValidationReportTests
{
    private const string Kpi = "wmo-clienten-75-plus";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_report_shows_each_KPI_with_its_cases_verdicts_and_open_remarks_in_HTML_and_in_a_valid_Word_file()
    {
        var (catalog, _) = CatalogLoader.Load(TestEnvironment.ShippedCatalog);
        await using var test = new DuckDbTestDatabase();
        var db = test.Database;
        await db.MigrateAsync(Token);
        await AcceptanceResultStore.SaveAsync(db, catalog, await AcceptanceRunner.RunAsync(catalog, Kpi, null, Token), Token);
        await UserStore.AddAsync(db, "sam", "Sam Sleutel", Role.Sleutelgebruiker, "lang genoeg wachtwoord", Token);
        await SignOffStore.AddAsync(db, catalog.Kpi(Kpi)!, SignOff.Rejected, "De leeftijdsgrens moet 75 op 1 januari zijn.", null, false, "sam", Token);

        var (title, blocks) = await ValidationReport.BuildAsync(db, catalog, "Testgemeente", 3, new DateTime(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc), Token);
        var html = HtmlDocument.Write(title, blocks);
        using var docx = new MemoryStream();
        DocxDocument.Write(title, blocks, docx);

        Assert.Equal("Validatierapport Monitor Sociaal Domein — Testgemeente, release 3", title);
        Assert.All(catalog.Kpis.Where(k => k.Release == 3), k => Assert.Contains($"<h2>{k.Title}</h2>", html, StringComparison.Ordinal));
        Assert.DoesNotContain(catalog.Kpis.Where(k => k.Release != 3), k => html.Contains($"<h2>{k.Title}</h2>", StringComparison.Ordinal));
        foreach (var text in new[] { "75-op-de-laatste-dag", "geslaagd", "Niet akkoord van Sam Sleutel (sleutelgebruiker) op versie 1.", "Open opmerking van Sam Sleutel (sleutelgebruiker): De leeftijdsgrens moet 75 op 1 januari zijn.", "De controles op de gegevens zijn nog niet uitgevoerd" })
            Assert.Contains(text, html, StringComparison.Ordinal);

        docx.Position = 0;
        using var word = WordprocessingDocument.Open(docx, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(word, Token).Select(e => $"{e.Path?.XPath}: {e.Description}").Distinct().ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(5)));
        Assert.Equal("Heading1", word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.ParagraphStyleId>().First().Val);
        var wordText = string.Concat(word.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
        var htmlText = Markup().Replace(html[html.IndexOf("<main>", StringComparison.Ordinal)..], "");
        Assert.Equal(Spaces().Replace(System.Net.WebUtility.HtmlDecode(htmlText), "").Replace("•", "", StringComparison.Ordinal), Spaces().Replace(wordText, "").Replace("•", "", StringComparison.Ordinal));
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
