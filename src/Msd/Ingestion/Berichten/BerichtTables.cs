namespace Msd.Ingestion.Berichten;

/// <summary>A raw message table of schema script 0003: its name and every column after load_id, in table order.</summary>
internal sealed record BerichtTable(string Name, string[] Columns);

/// <summary>
/// The raw message tables (Storage/Schema/0003_berichten.sql). The bulk loader fills every column in
/// table order, so a row is an array in exactly this column order.
/// </summary>
internal static class BerichtTables
{
    public static readonly BerichtTable Bericht = new("bericht",
        ["bericht_nr", "positie", "wet", "berichttype", "berichtcode", "afzender", "ontvanger", "identificatie", "dagtekening", "sleutel"]);

    public static readonly BerichtTable Toewijzing = new("bericht_toewijzing",
    [
        "bericht_nr", "wet", "gemeente_code", "aanbieder_agb", "toewijzing_nummer", "client_id", "geboortedatum", "geslacht", "wijk_code",
        "juridische_status", "referentie_aanbieder", "productcategorie", "product_code", "toewijzingsdatum", "toewijzingstijdstip",
        "ingangsdatum", "einddatum", "reden_wijziging", "volume", "eenheid", "frequentie", "budget_eurocent",
    ]);

    public static readonly BerichtTable Levering = new("bericht_levering",
    [
        "bericht_nr", "wet", "soort", "gemeente_code", "aanbieder_agb", "dagtekening", "client_id", "geboortedatum", "geslacht",
        "toewijzing_nummer", "productcategorie", "product_code", "toewijzing_ingangsdatum", "begindatum", "einddatum",
        "reden_beeindiging", "status_aanlevering",
    ]);

    public static readonly BerichtTable Verzoek = new("bericht_verzoek",
    [
        "bericht_nr", "wet", "soort_verzoek", "gemeente_code", "aanbieder_agb", "referentie_aanbieder", "verzoekdatum", "client_id",
        "geboortedatum", "geslacht", "productcategorie", "product_code", "verwijzer_type", "verwijzer_agb", "reden_verzoek", "gewenste_ingangsdatum",
    ]);

    public static readonly BerichtTable Antwoord = new("bericht_antwoord",
        ["bericht_nr", "wet", "gemeente_code", "aanbieder_agb", "referentie_aanbieder", "dagtekening", "verzoek_antwoord", "reden_afwijzing", "woonplaats_gemeente"]);

    public static readonly BerichtTable Prestatie = new("bericht_prestatie",
    [
        "bericht_nr", "wet", "gemeente_code", "aanbieder_agb", "bericht_identificatie", "declaratie_nummer", "declaratie_dagtekening", "client_id",
        "product_referentie", "vorige_product_referentie", "toewijzing_nummer", "productcategorie", "product_code", "product_periode_begin",
        "product_periode_eind", "geleverd_volume", "eenheid", "product_tarief", "debet_credit", "ingediend_bedrag",
    ]);

    public static readonly BerichtTable DeclaratieAntwoord = new("bericht_declaratie_antwoord",
    [
        "bericht_nr", "wet", "gemeente_code", "aanbieder_agb", "declaratie_identificatie", "declaratie_dagtekening", "declaratie_nummer",
        "dagtekening", "totaal_ingediend", "totaal_toegekend",
    ]);

    public static readonly BerichtTable Afwijzing = new("bericht_afwijzing",
        ["bericht_nr", "wet", "gemeente_code", "aanbieder_agb", "declaratie_identificatie", "product_referentie", "toewijzing_nummer", "ingediend_bedrag", "retourcode"]);

    public static readonly BerichtTable RetourCode = new("bericht_retourcode",
    [
        "bericht_nr", "wet", "berichtcode", "gemeente_code", "aanbieder_agb", "afzender", "bericht_identificatie", "dagtekening",
        "dagtekening_retour", "berichtklasse", "retourcode",
    ]);

    public static IReadOnlyList<BerichtTable> All { get; } = [Bericht, Toewijzing, Levering, Verzoek, Antwoord, Prestatie, DeclaratieAntwoord, Afwijzing, RetourCode];
}
