using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Msd.Documents;

/// <summary>
/// Renders document blocks as a Word document (DOCX) with real heading styles, so Word builds a table of
/// contents and screen readers find the structure; tables get a header row that repeats on every page.
/// </summary>
public static class DocxDocument
{
    public static void Write(string title, IEnumerable<DocumentBlock> blocks, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = title;
        document.PackageProperties.Language = "nl-NL";
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        var body = new Body();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    body.Append(Text(h.Text, "Heading" + Math.Clamp(h.Level, 1, 3)));
                    break;
                case Paragraph p:
                    body.Append(Text(p.Text, null));
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                        body.Append(Text("• " + item, "ListParagraph"));
                    break;
                case TableBlock t:
                    body.Append(Text(t.Caption, "Caption"));
                    body.Append(Table(t));
                    body.Append(Text("", null));
                    break;
            }
        }
        body.Append(new SectionProperties(new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static W.Paragraph Text(string text, string? style)
    {
        var paragraph = new W.Paragraph();
        if (style is not null)
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        // a line break in the text stays a line break in Word
        var run = new Run();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
                run.Append(new Break());
            run.Append(new W.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        paragraph.Append(run);
        return paragraph;
    }

    private static W.Table Table(TableBlock block)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        // element order as the schema wants it: width, borders, caption; then the grid, then the rows
        var table = new W.Table(
            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, border, new TableCaption { Val = block.Caption }),
            new TableGrid(block.Columns.Select(_ => new GridColumn())));
        table.Append(Row(block.Columns, header: true));
        foreach (var row in block.Rows)
            table.Append(Row(row, header: false));
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
            row.Append(new TableRowProperties(new TableHeader()));
        foreach (var cell in cells)
        {
            var paragraph = Text(cell, null);
            if (header)
                foreach (var run in paragraph.Elements<Run>())
                    run.PrependChild(new RunProperties(new Bold()));
            row.Append(new TableCell(paragraph));
        }
        return row;
    }

    private static Styles Styles()
    {
        // headings carry an outline level, which is what makes them headings to Word and to screen readers
        static Style Paragraph(string id, string name, int halfPoints, int? outline) => new(
            new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(
                new KeepNext(), new SpacingBetweenLines { Before = outline is null ? "0" : "240", After = "120" },
                outline is { } level ? new OutlineLevel { Val = level } : new OutlineLevel { Val = 9 }),
            new StyleRunProperties(outline is null ? new Italic() : new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };

        var normal = new Style(
            new StyleName { Val = "Normal" }, new PrimaryStyle(),
            new StyleRunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" }, new FontSize { Val = "21" }, new Languages { Val = "nl-NL" }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        return new Styles(normal,
            Paragraph("Heading1", "heading 1", 36, 0), Paragraph("Heading2", "heading 2", 28, 1), Paragraph("Heading3", "heading 3", 24, 2),
            Paragraph("Caption", "caption", 20, null), Paragraph("ListParagraph", "List Paragraph", 21, null));
    }
}
