using System.Globalization;
using nietras.SeparatedValues;

namespace Msd.Publication;

/// <summary>
/// The export contract: UTF-8 CSV with a comma separator and a decimal point, one row per KPI, period,
/// area and breakdown cell, with the value's unit, status and target. The header follows the columns
/// as written: kpi_id, period, area_code, breakdown, numerator, denominator, value, unit, status, reason,
/// target, target_status.
/// </summary>
public static class ValueExport
{
    public static void Write(string path, IEnumerable<ExportRow> rows)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(path);
        foreach (var r in rows)
        {
            using var row = writer.NewRow();
            row["kpi_id"].Set(r.KpiId);
            row["period"].Set(r.Period);
            row["area_code"].Set(r.AreaCode);
            row["breakdown"].Set(r.Breakdown);
            row["numerator"].Set(Number(r.Numerator));
            row["denominator"].Set(Number(r.Denominator));
            row["value"].Set(Number(r.Value));
            row["unit"].Set(r.Unit);
            row["status"].Set(r.Status);
            row["reason"].Set(r.Reason ?? "");
            row["target"].Set(Number(r.Target));
            row["target_status"].Set(r.TargetStatus ?? "");
        }
    }

    public static string Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}
