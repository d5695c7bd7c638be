-- iJw/iWmo messages as delivered: one row per loaded message in bericht, and what it says in the tables
-- below, every version kept (a resent toewijzing, a withdrawn start). The catalogue datasets (ds_*) are
-- derived from them after each run (Ingestion/Berichten/BerichtDatasets.cs). Clients appear only as a
-- pseudonym (client_id), with birth date, sex and district: no BSN, name, address, phone or e-mail.
-- Every table starts with load_id (lineage); bericht_nr is the message's place in its delivery.
-- PostgreSQL also gets an index for the duplicate check (0004_bericht_sleutel.postgres.sql).

-- The identity of each loaded message, for the duplicate check: sleutel is a 64-bit hash of
-- afzender, berichtcode and identificatie (compared in full after a hash match).
CREATE TABLE bericht (
    load_id BIGINT NOT NULL,
    bericht_nr BIGINT NOT NULL,
    positie VARCHAR NOT NULL,
    wet VARCHAR NOT NULL,
    berichttype BIGINT NOT NULL,
    berichtcode VARCHAR NOT NULL,
    afzender VARCHAR NOT NULL,
    ontvanger VARCHAR NOT NULL,
    identificatie VARCHAR NOT NULL,
    dagtekening DATE NOT NULL,
    sleutel BIGINT NOT NULL
);

-- 301: one row per ToegewezenProduct, every version.
CREATE TABLE bericht_toewijzing (
    load_id BIGINT NOT NULL,
    bericht_nr BIGINT NOT NULL,
    wet VARCHAR NOT NULL,
    gemeente_code VARCHAR NOT NULL,
    aanbieder_agb VARCHAR NOT NULL,
    toewijzing_nummer VARCHAR NOT NULL,
    client_id VARCHAR NOT NULL,
    geboortedatum DATE,
    geslacht VARCHAR,
    wijk_code VARCHAR,
    juridische_status VARCHAR,
    referentie_aanbieder VARCHAR,
    productcategorie VARCHAR,
    product_code VARCHAR,
    toewijzingsdatum DATE NOT NULL,
    toewijzingstijdstip TIMESTAMP NOT NULL,
    ingangsdatum DATE NOT NULL,
    einddatum DATE,
    reden_wijziging VARCHAR,
    volume BIGINT,
    eenheid VARCHAR,
    frequentie VARCHAR,
    budget_eurocent BIGINT
);

-- 305 and 307: one row per StartProduct (soort 'start') or StopProduct ('stop'), with StatusAanlevering.
CREATE TABLE bericht_levering (
    load_id BIGINT NOT NULL,
    bericht_nr BIGINT NOT NULL,
    wet VARCHAR NOT NULL,
    soort VARCHAR NOT NULL,
    gemeente_code VARCHAR NOT NULL,
    aanbieder_agb VARCHAR NOT NULL,
    dagtekening DATE NOT NULL,
    client_id VARCHAR NOT NULL,
    geboortedatum DATE,
    geslacht VARCHAR,
    toewijzing_nummer VARCHAR,
    productcategorie VARCHAR,
    product_code VARCHAR,
    toewijzing_ingangsdatum DATE,
    begindatum DATE NOT NULL,
    einddatum DATE,
    reden_beeindiging VARCHAR,
    status_aanlevering VARCHAR NOT NULL
);

-- 315 (one row per AangevraagdProduct, soort_verzoek 'VOT') and 317 (one row per Verzoek, 'VOW').
CREATE TABLE bericht_verzoek (
    load_id BIGINT NOT NULL,
    bericht_nr BIGINT NOT NULL,
    wet VARCHAR NOT NULL,
    soort_verzoek VARCHAR NOT NULL,
    gemeente_code VARCHAR NOT NULL,
    aanbieder_agb VARCHAR NOT NULL,
    referentie_aanbieder VARCHAR NOT NULL,
    verzoekdatum DATE NOT NULL,
    client_id VARCHAR NOT NULL,
    geboortedatum DATE,
    geslacht VARCHAR,
    productcategorie VARCHAR,
    product_code VARCHAR,
    verwijzer_type VARCHAR,
    verwijzer_agb VARCHAR,
    reden_verzoek VARCHAR,
    gewenste_ingangsdatum DATE
);

-- 319: the municipality's answer to a request (rejected or under investigation).
CREATE TABLE bericht_antwoord (
    load_id BIGINT NOT NULL,
    bericht_nr BIGINT NOT NULL,
    wet VARCHAR NOT NULL,
    gemeente_code VARCHAR NOT NULL,
    aanbieder_agb VARCHAR NOT NULL,
    referentie_aanbieder VARCHAR NOT NULL,
    dagtekening DATE NOT NULL,
    verzoek_antwoord VARCHAR NOT NULL,
    reden_afwijzing VARCHAR,
    woonplaats_gemeente VARCHAR
);

-- 323: one row per Prestatie; amounts in eurocent, negative for credit.
CREATE TABLE bericht_prestatie (
    load_id BIGINT NOT NULL,
    bericht_nr BIGINT NOT NULL,
    wet VARCHAR NOT NULL,
    gemeente_code VARCHAR NOT NULL,
    aanbieder_agb VARCHAR NOT NULL,
    bericht_identificatie VARCHAR NOT NULL,
    declaratie_nummer VARCHAR NOT NULL,
    declaratie_dagtekening DATE,
    client_id VARCHAR NOT NULL,
    product_referentie VARCHAR NOT NULL,
    vorige_product_referentie VARCHAR,
    toewijzing_nummer VARCHAR,
    productcategorie VARCHAR,
    product_code VARCHAR,
    product_periode_begin DATE,
    product_periode_eind DATE,
    geleverd_volume BIGINT,
    eenheid VARCHAR,
    product_tarief BIGINT,
    debet_credit VARCHAR NOT NULL,
    ingediend_bedrag BIGINT NOT NULL
);

-- 325: the answer to one declaration (which 323 it answers, the totals) ...
CREATE TABLE bericht_declaratie_antwoord (
    load_id BIGINT NOT NULL,
    bericht_nr BIGINT NOT NULL,
    wet VARCHAR NOT NULL,
    gemeente_code VARCHAR NOT NULL,
    aanbieder_agb VARCHAR NOT NULL,
    declaratie_identificatie VARCHAR NOT NULL,
    declaratie_dagtekening DATE,
    declaratie_nummer VARCHAR,
    dagtekening DATE NOT NULL,
    totaal_ingediend BIGINT,
    totaal_toegekend BIGINT
);

-- ... and the prestaties it rejects (an answer lists only the rejected ones), with the first RetourCode.
CREATE TABLE bericht_afwijzing (
    load_id BIGINT NOT NULL,
    bericht_nr BIGINT NOT NULL,
    wet VARCHAR NOT NULL,
    gemeente_code VARCHAR NOT NULL,
    aanbieder_agb VARCHAR NOT NULL,
    declaratie_identificatie VARCHAR NOT NULL,
    product_referentie VARCHAR NOT NULL,
    toewijzing_nummer VARCHAR,
    ingediend_bedrag BIGINT,
    retourcode VARCHAR
);

-- Every RetourCode of the retour messages (302 … 320) and of 325, with the element it belongs to.
CREATE TABLE bericht_retourcode (
    load_id BIGINT NOT NULL,
    bericht_nr BIGINT NOT NULL,
    wet VARCHAR NOT NULL,
    berichtcode VARCHAR NOT NULL,
    gemeente_code VARCHAR NOT NULL,
    aanbieder_agb VARCHAR NOT NULL,
    afzender VARCHAR NOT NULL,
    bericht_identificatie VARCHAR NOT NULL,
    dagtekening DATE,
    dagtekening_retour DATE NOT NULL,
    berichtklasse VARCHAR NOT NULL,
    retourcode VARCHAR NOT NULL
);
