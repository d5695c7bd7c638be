using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Msd.Documents;

/// <summary>Renders document blocks as one self-contained, printable HTML file in Dutch (no scripts, no external files).</summary>
public static class HtmlDocument
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
        h1, h2, h3 { line-height: 1.2; } h2 { margin-top: 2.5rem; border-top: 1px solid #ccc; padding-top: 1rem; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.9rem; }
        caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
        th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #eee; }
        @media print { h2 { break-before: auto; } table { break-inside: auto; } tr { break-inside: avoid; } }
        """;

    public static string Write(string title, IEnumerable<DocumentBlock> blocks)
    {
        // every letter as itself (ë, é), only markup characters escaped
        var e = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>{e.Encode(title)}</title>\n<style>\n{Style}\n</style>\n</head>\n<body>\n<main>\n");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    html.Append(CultureInfo.InvariantCulture, $"<h{h.Level}>{e.Encode(h.Text)}</h{h.Level}>\n");
                    break;
                case Paragraph p:
                    html.Append(CultureInfo.InvariantCulture, $"<p>{e.Encode(p.Text)}</p>\n");
                    break;
                case BulletList list:
                    html.Append("<ul>\n").AppendJoin("", list.Items.Select(i => $"<li>{e.Encode(i)}</li>\n")).Append("</ul>\n");
                    break;
                case TableBlock t:
                    html.Append(CultureInfo.InvariantCulture, $"<table>\n<caption>{e.Encode(t.Caption)}</caption>\n<thead><tr>");
                    html.AppendJoin("", t.Columns.Select(c => $"<th scope=\"col\">{e.Encode(c)}</th>"));
                    html.Append("</tr></thead>\n<tbody>\n");
                    foreach (var row in t.Rows)
                        html.Append("<tr>").AppendJoin("", row.Select(c => $"<td>{e.Encode(c)}</td>")).Append("</tr>\n");
                    html.Append("</tbody>\n</table>\n");
                    break;
            }
        }
        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }
}
