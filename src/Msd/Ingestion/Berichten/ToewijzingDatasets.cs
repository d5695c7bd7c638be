namespace Msd.Ingestion.Berichten;

/// <summary>
/// The SQL for ds_jeugdhulp_toewijzing / ds_wmo_toewijzing and the request datasets (istandaarden.md §7).
/// A toewijzing is identified by gemeente and ToewijzingNummer; the current version is the one with the
/// latest Toewijzingsdatum + Toewijzingstijd (ties: the later load, then the later message), and a current
/// version with RedenWijziging 13 means the toewijzing was sent by mistake: it is left out.
/// </summary>
internal static class ToewijzingDatasets
{
    /// <summary>The INSERT for one law: the current version of each toewijzing.</summary>
    /// <param name="wet">JW or WMO, as the raw tables code it.</param>
    /// <param name="table">The dataset table to fill.</param>
    /// <param name="jeugd">The Jeugdwet dataset also has juridische_status and verwijzer_type.</param>
    public static string Toewijzing(string wet, string table, bool jeugd) =>
        $"""
        INSERT INTO {table} (load_id, gemeente_code, toewijzing_nummer, versie, client_id, geboortedatum, geslacht, wijk_code, aanbieder_agb,
            productcategorie, product_code, toewijzingsdatum, wijzigingsdatum, ingangsdatum, einddatum, reden_wijziging,
            {(jeugd ? "juridische_status, verwijzer_type, " : "")}referentie_aanbieder, volume, eenheid, frequentie, budget_eurocent)
        WITH versies AS (
            SELECT t.*,
                row_number() OVER (PARTITION BY gemeente_code, toewijzing_nummer ORDER BY toewijzingstijdstip DESC, load_id DESC, bericht_nr DESC) AS nieuwste,
                row_number() OVER (PARTITION BY gemeente_code, toewijzing_nummer ORDER BY toewijzingstijdstip, load_id, bericht_nr) AS oudste,
                count(*) OVER (PARTITION BY gemeente_code, toewijzing_nummer) AS aantal
            FROM bericht_toewijzing t
            WHERE wet = '{wet}'
        ),
        eerste AS (
            SELECT gemeente_code, toewijzing_nummer, toewijzingsdatum, referentie_aanbieder FROM versies WHERE oudste = 1
        ),
        verwijzing AS (
            -- the referrer of the verzoek om toewijzing (315) that a version of this toewijzing answers
            SELECT DISTINCT ON (v.gemeente_code, v.toewijzing_nummer) v.gemeente_code, v.toewijzing_nummer, q.verwijzer_type
            FROM versies v
            JOIN bericht_verzoek q ON q.wet = v.wet AND q.soort_verzoek = 'VOT' AND q.gemeente_code = v.gemeente_code
                AND q.aanbieder_agb = v.aanbieder_agb AND q.referentie_aanbieder = v.referentie_aanbieder
            ORDER BY v.gemeente_code, v.toewijzing_nummer, v.oudste, q.verzoekdatum DESC, q.load_id DESC, q.bericht_nr DESC
        )
        SELECT c.load_id, c.gemeente_code, c.toewijzing_nummer, c.aantal, c.client_id, c.geboortedatum, c.geslacht, c.wijk_code, c.aanbieder_agb,
            c.productcategorie, c.product_code, e.toewijzingsdatum, c.toewijzingsdatum, c.ingangsdatum, c.einddatum, c.reden_wijziging,
            {(jeugd ? "c.juridische_status, CASE WHEN r.verwijzer_type IS NOT NULL THEN r.verwijzer_type WHEN e.referentie_aanbieder IS NULL THEN '01' END, " : "")}e.referentie_aanbieder, c.volume, c.eenheid, c.frequentie, c.budget_eurocent
        FROM versies c
        JOIN eerste e ON e.gemeente_code = c.gemeente_code AND e.toewijzing_nummer = c.toewijzing_nummer
        LEFT JOIN verwijzing r ON r.gemeente_code = c.gemeente_code AND r.toewijzing_nummer = c.toewijzing_nummer
        WHERE c.nieuwste = 1 AND (c.reden_wijziging IS NULL OR c.reden_wijziging <> '13')
        """;

    /// <summary>
    /// One row per request (the latest message per gemeente, provider and ReferentieAanbieder), with the
    /// latest answer (319) and the first reaction: an answer or a toewijzing (not a deleted one) that
    /// carries the same ReferentieAanbieder.
    /// </summary>
    public static string Verzoek(string wet, string table, string toewijzingen, bool jeugd) =>
        $"""
        INSERT INTO {table} (load_id, gemeente_code, aanbieder_agb, referentie_aanbieder, soort_verzoek, client_id,
            {(jeugd ? "geboortedatum, productcategorie, product_code, verwijzer_type, verwijzer_agb, " : "productcategorie, ")}reden_verzoek, verzoekdatum,
            {(jeugd ? "gewenste_ingangsdatum, " : "")}antwoord, reden_afwijzing, reactiedatum{(jeugd ? ", toewijzing_nummer" : "")})
        WITH verzoeken AS (
            SELECT DISTINCT ON (gemeente_code, aanbieder_agb, referentie_aanbieder) *
            FROM bericht_verzoek
            WHERE wet = '{wet}'
            ORDER BY gemeente_code, aanbieder_agb, referentie_aanbieder, verzoekdatum DESC, load_id DESC, bericht_nr DESC
        ),
        antwoorden AS (
            SELECT DISTINCT ON (gemeente_code, aanbieder_agb, referentie_aanbieder) gemeente_code, aanbieder_agb, referentie_aanbieder,
                verzoek_antwoord, reden_afwijzing,
                min(dagtekening) OVER (PARTITION BY gemeente_code, aanbieder_agb, referentie_aanbieder) AS eerste
            FROM bericht_antwoord
            WHERE wet = '{wet}'
            ORDER BY gemeente_code, aanbieder_agb, referentie_aanbieder, dagtekening DESC, load_id DESC, bericht_nr DESC
        ),
        toegewezen AS (
            SELECT t.gemeente_code, t.aanbieder_agb, t.referentie_aanbieder, min(t.toewijzingsdatum) AS eerste, min(t.toewijzing_nummer) AS toewijzing_nummer
            FROM bericht_toewijzing t
            WHERE t.wet = '{wet}' AND t.referentie_aanbieder IS NOT NULL
                AND EXISTS (SELECT 1 FROM {toewijzingen} g WHERE g.gemeente_code = t.gemeente_code AND g.toewijzing_nummer = t.toewijzing_nummer)
            GROUP BY t.gemeente_code, t.aanbieder_agb, t.referentie_aanbieder
        )
        SELECT v.load_id, v.gemeente_code, v.aanbieder_agb, v.referentie_aanbieder, v.soort_verzoek, v.client_id,
            {(jeugd ? "v.geboortedatum, v.productcategorie, v.product_code, v.verwijzer_type, v.verwijzer_agb, " : "v.productcategorie, ")}v.reden_verzoek, v.verzoekdatum,
            {(jeugd ? "v.gewenste_ingangsdatum, " : "")}a.verzoek_antwoord, a.reden_afwijzing,
            CASE WHEN a.eerste IS NULL THEN t.eerste WHEN t.eerste IS NULL OR a.eerste < t.eerste THEN a.eerste ELSE t.eerste END{(jeugd ? ", t.toewijzing_nummer" : "")}
        FROM verzoeken v
        LEFT JOIN antwoorden a ON a.gemeente_code = v.gemeente_code AND a.aanbieder_agb = v.aanbieder_agb AND a.referentie_aanbieder = v.referentie_aanbieder
        LEFT JOIN toegewezen t ON t.gemeente_code = v.gemeente_code AND t.aanbieder_agb = v.aanbieder_agb AND t.referentie_aanbieder = v.referentie_aanbieder
        """;
}
