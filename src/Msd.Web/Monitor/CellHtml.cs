using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Msd.Web.Monitor;

/// <summary>
/// The HTML of a table cell and of a target status, written directly: a table has thousands of cells,
/// and a partial view per cell would cost more than the rest of the page.
/// </summary>
public static class CellHtml
{
    public static IHtmlContent Of(TableCell cell)
    {
        var encoder = HtmlEncoder.Default;
        if (cell.HiddenReason is { } reason)
        {
            // CBS's signs: x for a figure kept secret, – for one that does not exist; ours: ! for one held back by a
            // failing data check. The reason is read out
            var sign = reason.StartsWith("niet getoond", StringComparison.Ordinal) ? "x"
                : reason.StartsWith("geblokkeerd", StringComparison.Ordinal) ? "!" : "–";
            return new HtmlString($"<span class=\"msd-hidden-value\" title=\"{encoder.Encode(reason)}\"><span aria-hidden=\"true\">{sign}</span><span class=\"msd-visually-hidden\">{encoder.Encode(reason)}</span></span>");
        }
        if (cell.Link is { } link)
            return new HtmlString($"<a class=\"utrecht-link\" href=\"{encoder.Encode(link)}\">{encoder.Encode(cell.Text)}</a>");
        return new HtmlString(encoder.Encode(cell.Text));
    }

    /// <summary>A target status as a badge with a sign and words, so it never rests on colour alone.</summary>
    public static IHtmlContent Status(string? status) => status switch
    {
        null or "" => HtmlString.Empty,
        "op koers" => new HtmlString("<span class=\"utrecht-status-badge utrecht-status-badge--safe msd-status\"><span aria-hidden=\"true\">✓ </span>op koers</span>"),
        "niet op koers" => new HtmlString("<span class=\"utrecht-status-badge utrecht-status-badge--danger msd-status\"><span aria-hidden=\"true\">✗ </span>niet op koers</span>"),
        _ => new HtmlString($"<span class=\"utrecht-status-badge utrecht-status-badge--neutral msd-status\"><span aria-hidden=\"true\">– </span>{HtmlEncoder.Default.Encode(status)}</span>"),
    };

    /// <summary>A KPI version's lifecycle state as a badge with a sign and the word.</summary>
    public static IHtmlContent Lifecycle(string state) => state switch
    {
        "gevalideerd" => new HtmlString("<span class=\"utrecht-status-badge utrecht-status-badge--safe msd-status\"><span aria-hidden=\"true\">✓ </span>gevalideerd</span>"),
        "vastgesteld" => new HtmlString("<span class=\"utrecht-status-badge utrecht-status-badge--neutral msd-status\"><span aria-hidden=\"true\">○ </span>vastgesteld, nog niet gevalideerd</span>"),
        _ => new HtmlString($"<span class=\"utrecht-status-badge utrecht-status-badge--neutral msd-status\"><span aria-hidden=\"true\">– </span>{HtmlEncoder.Default.Encode(state)}</span>"),
    };
}
