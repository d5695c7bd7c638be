using System.Globalization;
using Msd.Storage;

namespace Msd.Bench;

/// <summary>
/// Five KPIs as an analyst would write them by hand: one query each, per municipality and calendar
/// year, numerator and denominator together — the baseline for the engine's generated SQL.
/// </summary>
internal static class HandWrittenKpis
{
    public static IEnumerable<(string KpiId, string Sql)> Queries(DatabaseEngine engine, int firstYear, int lastYear, IReadOnlyList<string> municipalities)
    {
        var years = string.Create(CultureInfo.InvariantCulture, $"SELECT y, make_date(y, 1, 1) AS s, make_date(y, 12, 31) AS e FROM generate_series({firstYear}, {lastYear}) AS t(y)");
        var gm = string.Join(", ", municipalities.Select(m => $"'{m}'"));
        var median = engine == DatabaseEngine.DuckDb ? "median(msd_days_between(toewijzingsdatum, begindatum))"
            : "percentile_cont(0.5) WITHIN GROUP (ORDER BY msd_days_between(toewijzingsdatum, begindatum))";

        yield return ("jeugd-jongeren-met-jeugdhulp", $"""
            WITH years AS ({years}),
            num AS (SELECT y, gemeente_code, count(DISTINCT client_id) AS n FROM ds_jeugdhulp_toewijzing JOIN years ON ingangsdatum <= e AND coalesce(einddatum, e) >= s
                    WHERE gemeente_code IN ({gm}) AND productcategorie NOT IN ('47', '48') AND msd_age_on(geboortedatum, e) BETWEEN 0 AND 17 GROUP BY y, gemeente_code),
            den AS (SELECT y, gemeente_code, sum(aantal) AS d FROM ds_bevolking JOIN years ON peildatum = e WHERE gemeente_code IN ({gm}) AND leeftijd BETWEEN 0 AND 17 GROUP BY y, gemeente_code)
            SELECT den.y, den.gemeente_code, coalesce(n, 0) AS n, d, coalesce(n, 0) * 100.0 / d AS value FROM den LEFT JOIN num ON num.y = den.y AND num.gemeente_code = den.gemeente_code
            """);
        yield return ("shv-crisis-binnen-drie-werkdagen", $"""
            WITH years AS ({years})
            SELECT y, gemeente_code, count(*) FILTER (WHERE msd_working_days_between(aanmelddatum, datum_eerste_gesprek) <= 3) AS n, count(*) AS d,
                   count(*) FILTER (WHERE msd_working_days_between(aanmelddatum, datum_eerste_gesprek) <= 3) * 100.0 / count(*) AS value
            FROM ds_schuldhulp_traject JOIN years ON datum_eerste_gesprek BETWEEN s AND e
            WHERE gemeente_code IN ({gm}) AND crisis AND crisistype IN ('ONT', 'ENE', 'WAT', 'ZVW')
            GROUP BY y, gemeente_code
            """);
        yield return ("jeugd-wachttijd-start-jeugdhulp", $"""
            WITH years AS ({years})
            SELECT y, gemeente_code, {median} AS value, count(*) AS n
            FROM ds_jeugdhulp_levering JOIN years ON begindatum BETWEEN s AND e
            WHERE gemeente_code IN ({gm}) AND eerste_start AND begindatum >= toewijzingsdatum AND status_aanlevering = '1'
            GROUP BY y, gemeente_code
            """);
        yield return ("ip-bijstand-per-10000-inwoners", $"""
            WITH years AS ({years}),
            num AS (SELECT y, gemeente_code, count(DISTINCT client_id) AS n FROM ds_bijstand_uitkering JOIN years ON begindatum <= e AND coalesce(einddatum, e) >= e
                    WHERE gemeente_code IN ({gm}) AND soort_uitkering = 'PW' AND msd_age_on(geboortedatum, e) >= 18 GROUP BY y, gemeente_code),
            den AS (SELECT y, gemeente_code, sum(aantal) AS d FROM ds_bevolking JOIN years ON peildatum = e WHERE gemeente_code IN ({gm}) AND leeftijd >= 18 GROUP BY y, gemeente_code)
            SELECT den.y, den.gemeente_code, coalesce(n, 0) AS n, d, coalesce(n, 0) * 10000.0 / d AS value FROM den LEFT JOIN num ON num.y = den.y AND num.gemeente_code = den.gemeente_code
            """);
        yield return ("wmo-clienten-maatwerk-per-10000", $"""
            WITH years AS ({years}),
            num AS (SELECT y, gemeente_code, count(DISTINCT client_id) AS n FROM ds_wmo_toewijzing JOIN years ON ingangsdatum <= e AND coalesce(einddatum, e) >= s
                    WHERE gemeente_code IN ({gm}) GROUP BY y, gemeente_code),
            den AS (SELECT y, gemeente_code, sum(aantal) AS d FROM ds_bevolking JOIN years ON peildatum = e WHERE gemeente_code IN ({gm}) GROUP BY y, gemeente_code)
            SELECT den.y, den.gemeente_code, coalesce(n, 0) AS n, d, coalesce(n, 0) * 10000.0 / d AS value FROM den LEFT JOIN num ON num.y = den.y AND num.gemeente_code = den.gemeente_code
            """);
    }
}
