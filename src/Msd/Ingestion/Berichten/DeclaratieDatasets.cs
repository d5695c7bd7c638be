namespace Msd.Ingestion.Berichten;

/// <summary>
/// The SQL for ds_declaratie and ds_berichtretour. A 325 answers one 323 (its DeclaratieIdentificatie is
/// the 323's BerichtIdentificatie) and lists only the prestaties it rejects; every other prestatie of an
/// answered declaratie is granted in full. Until the answer is in, afgewezen and toegekend_bedrag stay
/// empty (not yet assessed). The retour table has one row per heenbericht, element and code.
/// </summary>
internal static class DeclaratieDatasets
{
    public const string Declaratie =
        """
        INSERT INTO ds_declaratie (load_id, gemeente_code, wet, aanbieder_agb, declaratie_nummer, declaratie_dagtekening, product_referentie,
            vorige_product_referentie, client_id, toewijzing_nummer, productcategorie, product_code, product_periode_begin, product_periode_eind,
            geleverd_volume, eenheid, product_tarief, debet_credit, ingediend_bedrag, afgewezen, toegekend_bedrag, retourcode)
        WITH antwoorden AS (
            SELECT DISTINCT ON (wet, gemeente_code, aanbieder_agb, declaratie_identificatie) wet, gemeente_code, aanbieder_agb, declaratie_identificatie, load_id, bericht_nr
            FROM bericht_declaratie_antwoord
            ORDER BY wet, gemeente_code, aanbieder_agb, declaratie_identificatie, dagtekening DESC, load_id DESC, bericht_nr DESC
        ),
        afwijzingen AS (
            -- only the latest answer to a declaratie counts
            SELECT DISTINCT ON (f.wet, f.gemeente_code, f.aanbieder_agb, f.declaratie_identificatie, f.product_referentie)
                f.wet, f.gemeente_code, f.aanbieder_agb, f.declaratie_identificatie, f.product_referentie, f.retourcode
            FROM bericht_afwijzing f
            JOIN antwoorden a ON a.load_id = f.load_id AND a.bericht_nr = f.bericht_nr
            ORDER BY f.wet, f.gemeente_code, f.aanbieder_agb, f.declaratie_identificatie, f.product_referentie, f.retourcode
        )
        SELECT p.load_id, p.gemeente_code, p.wet, p.aanbieder_agb, p.declaratie_nummer, p.declaratie_dagtekening, p.product_referentie,
            p.vorige_product_referentie, p.client_id, p.toewijzing_nummer, p.productcategorie, p.product_code, p.product_periode_begin, p.product_periode_eind,
            p.geleverd_volume, p.eenheid, p.product_tarief, p.debet_credit, p.ingediend_bedrag,
            CASE WHEN a.declaratie_identificatie IS NULL THEN NULL ELSE f.product_referentie IS NOT NULL END,
            CASE WHEN a.declaratie_identificatie IS NULL THEN NULL WHEN f.product_referentie IS NOT NULL THEN 0 ELSE p.ingediend_bedrag END,
            f.retourcode
        FROM bericht_prestatie p
        LEFT JOIN antwoorden a ON a.wet = p.wet AND a.gemeente_code = p.gemeente_code AND a.aanbieder_agb = p.aanbieder_agb
            AND a.declaratie_identificatie = p.bericht_identificatie
        LEFT JOIN afwijzingen f ON f.wet = p.wet AND f.gemeente_code = p.gemeente_code AND f.aanbieder_agb = p.aanbieder_agb
            AND f.declaratie_identificatie = p.bericht_identificatie AND f.product_referentie = p.product_referentie
        """;

    public const string BerichtRetour =
        """
        INSERT INTO ds_berichtretour (load_id, gemeente_code, wet, berichtcode, afzender, aanbieder_agb, bericht_identificatie, dagtekening,
            dagtekening_retour, berichtklasse, retourcode)
        SELECT min(load_id), gemeente_code, wet, berichtcode, afzender, aanbieder_agb, bericht_identificatie, min(dagtekening),
            min(dagtekening_retour), berichtklasse, retourcode
        FROM bericht_retourcode
        GROUP BY gemeente_code, wet, berichtcode, afzender, aanbieder_agb, bericht_identificatie, berichtklasse, retourcode
        """;
}
