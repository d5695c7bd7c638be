namespace Msd.Tests.Ingestion.Berichten;

/// <summary>
/// The message-based KPIs of the ground truth, counted straight from the derived datasets by the rules of
/// the KPI definitions and docs/generator.md (peildatum = last day of the year, age on that day, a
/// toewijzing counts when its current version overlaps the year). Numerators only where the denominator
/// comes from another source (BRP). Not the KPI engine: a check that the datasets hold what it needs.
/// </summary>
internal static class GrondwaarheidMeting
{
    public static async Task<Dictionary<(string Kpi, string Area), (decimal Numerator, decimal? Denominator)>> MeasureAsync(BerichtWerkruimte ws, int year)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var result = new Dictionary<(string, string), (decimal, decimal?)>();
        foreach (var (wet, table) in new[] { ("jeugd", "ds_jeugdhulp_toewijzing"), ("wmo", "ds_wmo_toewijzing") })
        {
            var rows = await ws.QueryAsync<(string Gemeente, string Client, DateTime Geboren, string? Categorie, DateTime Ingang, DateTime? Einde)>(
                $"SELECT gemeente_code, client_id, geboortedatum, productcategorie, ingangsdatum, einddatum FROM {table}");
            var active = rows.Where(r => DateOnly.FromDateTime(r.Ingang) <= end && (r.Einde is null || DateOnly.FromDateTime(r.Einde.Value) >= start)).ToList();
            int Age(DateTime born) => AgeOn(DateOnly.FromDateTime(born), end);
            foreach (var gemeente in active.Select(r => r.Gemeente).Distinct())
            {
                var here = active.Where(r => r.Gemeente == gemeente).ToList();
                decimal Clients(Func<(string Gemeente, string Client, DateTime Geboren, string? Categorie, DateTime Ingang, DateTime? Einde), bool> filter) =>
                    here.Where(filter).Select(r => r.Client).Distinct().Count();
                if (wet == "jeugd")
                {
                    result[("jeugd-jongeren-met-jeugdhulp", gemeente)] = (Clients(r => r.Categorie is not ("47" or "48") && Age(r.Geboren) <= 17), null);
                    result[("jeugd-jongeren-met-jeugdbescherming", gemeente)] = (Clients(r => r.Categorie == "48" && Age(r.Geboren) <= 17), null);
                    result[("jeugd-jongeren-met-jeugdreclassering", gemeente)] = (Clients(r => r.Categorie == "47" && Age(r.Geboren) is >= 12 and <= 22), null);
                }
                else
                {
                    result[("wmo-clienten-maatwerk-per-1000", gemeente)] = (Clients(_ => true), null);
                    result[("wmo-clienten-maatwerk-per-10000", gemeente)] = (Clients(_ => true), null);
                }
            }
        }
        foreach (var (kpi, table) in new[] { ("jeugd-wachttijd-start-jeugdhulp", "ds_jeugdhulp_levering"), ("wmo-wachttijd-start-ondersteuning", "ds_wmo_levering") })
        {
            var starts = await ws.QueryAsync<(string Gemeente, DateTime Toegewezen, DateTime Begin)>(
                $"SELECT gemeente_code, toewijzingsdatum, begindatum FROM {table} WHERE eerste_start AND status_aanlevering = '1' AND begindatum >= toewijzingsdatum");
            foreach (var group in starts.Where(s => s.Begin.Year == year).GroupBy(s => s.Gemeente))
                result[(kpi, group.Key)] = (Median([.. group.Select(s => (decimal)(s.Begin - s.Toegewezen).TotalDays)]), null);
        }
        var stops = await ws.QueryAsync<(string Gemeente, string Reden)>(
            $"SELECT gemeente_code, reden_beeindiging FROM ds_jeugdhulp_levering WHERE status_aanlevering = '1' AND einddatum BETWEEN '{start:yyyy-MM-dd}' AND '{end:yyyy-MM-dd}' AND reden_beeindiging NOT IN ('20', '37')");
        foreach (var group in stops.GroupBy(s => s.Gemeente))
            result[("jeugd-beeindigd-volgens-plan", group.Key)] = (group.Count(s => s.Reden == "31"), group.Count());
        return result;
    }

    private static int AgeOn(DateOnly born, DateOnly day)
    {
        var age = day.Year - born.Year;
        return day < born.AddYears(age) ? age - 1 : age;
    }

    private static decimal Median(List<decimal> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
