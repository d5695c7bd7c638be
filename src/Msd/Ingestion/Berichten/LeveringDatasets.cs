namespace Msd.Ingestion.Berichten;

/// <summary>
/// The SQL for ds_jeugdhulp_levering / ds_wmo_levering (istandaarden.md §7). A start or stop is keyed by
/// gemeente, provider, client, ToewijzingNummer (or, for taakgericht delivery without one, the product)
/// and Begindatum; the stop carries the Begindatum of the start it ends. Per key the last message counts
/// (Dagtekening, then load, then position): StatusAanlevering 3 withdraws the record, so a 305 with status
/// 1, then 3, then a corrected 1 leaves one start. Each start is joined to its stop; a temporary stop
/// (RedenBeeindiging 20) closes that period and a later start opens the next (eerste_start false).
/// District, referrer and toewijzingsdatum come from the current toewijzing.
/// </summary>
internal static class LeveringDatasets
{
    /// <summary>The INSERT for one law (JW or WMO) into <paramref name="table"/>, reading <paramref name="toewijzingen"/> (rebuilt just before).</summary>
    /// <param name="wet">JW or WMO, as the raw tables code it.</param>
    /// <param name="table">The dataset table to fill.</param>
    /// <param name="toewijzingen">The toewijzing dataset of the same law.</param>
    /// <param name="jeugd">The Jeugdwet dataset also has geslacht and verwijzer_type.</param>
    public static string Levering(string wet, string table, string toewijzingen, bool jeugd) =>
        $"""
        INSERT INTO {table} (load_id, gemeente_code, aanbieder_agb, client_id, geboortedatum, {(jeugd ? "geslacht, " : "")}wijk_code, toewijzing_nummer,
            productcategorie, product_code, {(jeugd ? "verwijzer_type, " : "")}toewijzingsdatum, eerste_start, begindatum, einddatum, reden_beeindiging, status_aanlevering)
        WITH meldingen AS (
            SELECT l.*, coalesce(toewijzing_nummer, '-' || coalesce(productcategorie, '') || '-' || coalesce(product_code, '')) AS sleutel
            FROM bericht_levering l
            WHERE wet = '{wet}'
        ),
        laatste AS (
            SELECT m.*,
                row_number() OVER (PARTITION BY soort, gemeente_code, aanbieder_agb, client_id, sleutel, begindatum
                    ORDER BY dagtekening DESC, load_id DESC, bericht_nr DESC) AS volgorde
            FROM meldingen m
        ),
        geldig AS (
            SELECT * FROM laatste WHERE volgorde = 1 AND status_aanlevering <> '3'
        ),
        perioden AS (
            SELECT coalesce(s.load_id, e.load_id) AS load_id, coalesce(s.gemeente_code, e.gemeente_code) AS gemeente_code,
                coalesce(s.aanbieder_agb, e.aanbieder_agb) AS aanbieder_agb, coalesce(s.client_id, e.client_id) AS client_id,
                coalesce(s.geboortedatum, e.geboortedatum) AS geboortedatum, coalesce(s.geslacht, e.geslacht) AS geslacht,
                coalesce(s.sleutel, e.sleutel) AS sleutel, coalesce(s.toewijzing_nummer, e.toewijzing_nummer) AS toewijzing_nummer,
                coalesce(s.productcategorie, e.productcategorie) AS productcategorie, coalesce(s.product_code, e.product_code) AS product_code,
                coalesce(s.begindatum, e.begindatum) AS begindatum, e.einddatum, e.reden_beeindiging,
                coalesce(e.status_aanlevering, s.status_aanlevering) AS status_aanlevering
            FROM (SELECT * FROM geldig WHERE soort = 'start') s
            FULL JOIN (SELECT * FROM geldig WHERE soort = 'stop') e
                ON e.gemeente_code = s.gemeente_code AND e.aanbieder_agb = s.aanbieder_agb AND e.client_id = s.client_id
                AND e.sleutel = s.sleutel AND e.begindatum = s.begindatum
        )
        SELECT p.load_id, p.gemeente_code, p.aanbieder_agb, p.client_id, p.geboortedatum, {(jeugd ? "p.geslacht, " : "")}t.wijk_code, p.toewijzing_nummer,
            p.productcategorie, p.product_code, {(jeugd ? "t.verwijzer_type, " : "")}t.toewijzingsdatum,
            row_number() OVER (PARTITION BY p.gemeente_code, p.aanbieder_agb, p.client_id, p.sleutel ORDER BY p.begindatum) = 1,
            p.begindatum, p.einddatum, p.reden_beeindiging, p.status_aanlevering
        FROM perioden p
        LEFT JOIN {toewijzingen} t ON t.gemeente_code = p.gemeente_code AND t.toewijzing_nummer = p.toewijzing_nummer
        """;
}
