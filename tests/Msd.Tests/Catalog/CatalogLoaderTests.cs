using Msd.Catalog;
using Msd.Tests.Support;

namespace Msd.Tests.Catalog;

public sealed class CatalogLoaderTests
{
    [Fact]
    public void Every_mistake_is_reported_in_one_run_with_file_line_and_column()
    {
        using var dir = new TempDirectory();
        BrokenCatalog.WriteTo(dir);

        var (_, issues) = CatalogLoader.Load(dir.Combine("catalog"));
        var text = issues.Select(i => i.ToString()).ToList();

        foreach (var (file, line, fragment) in BrokenCatalog.Expected)
        {
            Assert.True(text.Exists(t => t.Contains($"{file}:{line}:", StringComparison.Ordinal) && t.Contains(fragment, StringComparison.Ordinal)),
                $"Verwacht in {file}:{line}: '{fragment}'. Gevonden:\n{string.Join('\n', text)}");
        }
        Assert.All(issues, i => Assert.True(i.At.Line >= 1 && i.At.Column >= 1));
    }

    [Fact]
    public void A_yaml_syntax_error_names_its_line_and_the_other_files_are_still_read()
    {
        using var dir = new TempDirectory();
        dir.Write("catalog/codelists/kapot.yaml", "id: kapot\ntitle: \"niet afgesloten\ncodes: []\n");
        dir.Write("catalog/codelists/goed.yaml", "id: goed\ntitle: Goed\ncodes:\n  - code: \"01\"\n    label: Een\n");

        var (catalog, issues) = CatalogLoader.Load(dir.Combine("catalog"));

        var issue = Assert.Single(issues);
        Assert.Contains("kapot.yaml", issue.At.File, StringComparison.Ordinal);
        Assert.Contains("Ongeldige YAML", issue.Message, StringComparison.Ordinal);
        Assert.Equal("goed", Assert.Single(catalog.CodeLists).Id);
        Assert.Equal("01", catalog.CodeLists[0].Codes[0].Code);
    }

    [Fact]
    public void A_missing_catalogue_folder_is_one_clear_error()
    {
        var (_, issues) = CatalogLoader.Load("/bestaat/niet");

        Assert.Contains("De catalogusmap bestaat niet", Assert.Single(issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_are_scanned_for_columns_functions_parameters_and_codes()
    {
        var (tokens, error) = SqlExpression.Scan("productcategorie not in ('47', '48') and age_on(geboortedatum, :period_end) between 0 and 17 and naam = 'O''Neil'");

        Assert.Null(error);
        Assert.Equal(["productcategorie", "geboortedatum", "naam"], tokens.Where(t => t.Kind == SqlExpression.TokenKind.Column).Select(t => t.Text));
        Assert.Equal(["age_on"], tokens.Where(t => t.Kind == SqlExpression.TokenKind.Function).Select(t => t.Text));
        Assert.Equal(["period_end"], tokens.Where(t => t.Kind == SqlExpression.TokenKind.Parameter).Select(t => t.Text));
        Assert.Equal([("productcategorie", "47"), ("productcategorie", "48"), ("naam", "O'Neil")], SqlExpression.ComparedCodes(tokens));
    }

    [Theory]
    [InlineData("1; DROP TABLE x")]
    [InlineData("a = 1 -- commentaar")]
    [InlineData("a in (select b from c)")]
    public void Filters_cannot_smuggle_in_statements(string expression)
    {
        Assert.NotNull(SqlExpression.Scan(expression).Error);
    }
}
