using System.Globalization;

namespace Msd.Ingestion.Cbs;

/// <summary>One published figure that CBS changed between two fetches: its value, its status, or both.</summary>
public sealed record CbsRevision(string TabelId, string IndicatorCode, string RegioCode, string PeriodeLabel, decimal? OldValue, decimal? NewValue, string OldStatus, string NewStatus)
{
    public bool ValueChanged => OldValue != NewValue;

    public bool StatusChanged => OldStatus != NewStatus;
}

/// <summary>What changed between two snapshots of the same table, with a Dutch summary such as "12 cijfers herzien".</summary>
public sealed record CbsRevisionReport(IReadOnlyList<CbsRevision> Revised, int Added, int Removed, int Unchanged)
{
    public string Summary
    {
        get
        {
            var nl = CultureInfo.GetCultureInfo("nl-NL");
            var parts = new List<string>();
            if (Revised.Count > 0)
            {
                var details = new List<string>();
                var values = Revised.Count(r => r.ValueChanged);
                var final = Revised.Count(r => r.StatusChanged && r.NewStatus == CbsStatus.Definitive);
                var other = Revised.Count(r => r.StatusChanged && r.NewStatus != CbsStatus.Definitive);
                if (values > 0)
                    details.Add(string.Format(nl, "{0} met een andere waarde", values));
                if (final > 0)
                    details.Add(string.Format(nl, "{0} nu definitief", final));
                if (other > 0)
                    details.Add(string.Format(nl, "{0} met een andere voorlopige status", other));
                parts.Add(string.Format(nl, "{0} {1} herzien ({2})", Revised.Count, Revised.Count == 1 ? "cijfer" : "cijfers", string.Join(", ", details)));
            }
            if (Added > 0)
                parts.Add(string.Format(nl, "{0} nieuw", Added));
            if (Removed > 0)
                parts.Add(string.Format(nl, "{0} niet meer gepubliceerd", Removed));
            return parts.Count == 0 ? "geen cijfers gewijzigd" : string.Join(", ", parts);
        }
    }
}

/// <summary>
/// Revision tracking: compares the figures of the previous snapshot of a table with the new ones,
/// by table, indicator, region and period. CBS publishes provisional figures that are later revised
/// and made final; this reports each such change instead of silently replacing the old figure.
/// </summary>
public static class CbsRevisions
{
    public static CbsRevisionReport Compare(IEnumerable<CbsIndicatorRow> previous, IEnumerable<CbsIndicatorRow> current)
    {
        var old = new Dictionary<(string, string, string, string), CbsIndicatorRow>();
        foreach (var row in previous)
            old[row.Figure] = row;
        var revised = new List<CbsRevision>();
        int added = 0, unchanged = 0;
        foreach (var row in current)
        {
            if (!old.Remove(row.Figure, out var before))
            {
                added++;
                continue;
            }
            if (before.Waarde == row.Waarde && before.Cijferstatus == row.Cijferstatus)
                unchanged++;
            else
                revised.Add(new CbsRevision(row.TabelId, row.IndicatorCode, row.RegioCode, row.PeriodeLabel, before.Waarde, row.Waarde, before.Cijferstatus, row.Cijferstatus));
        }
        return new CbsRevisionReport(revised, added, old.Count, unchanged);
    }
}
