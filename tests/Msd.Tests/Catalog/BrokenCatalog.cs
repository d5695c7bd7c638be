using Msd.Tests.Support;

namespace Msd.Tests.Catalog;

/// <summary>A small catalogue with one of each kind of mistake, and where each must be reported.</summary>
internal static class BrokenCatalog
{
    public static readonly (string File, int Line, string Fragment)[] Expected =
    [
        ("documents/nota.yaml", 3, "Onbekende sleutel 'titel'. Bedoelt u 'title'?"),
        ("documents/wet.yaml", 9, "De id 'doel-een' is al gebruikt voor een doel"),
        ("documents/wet.yaml", 3, "'verordening' is geen geldige waarde voor 'kind'"),
        ("codelists/leeg.yaml", 1, "De verplichte sleutel 'title' ontbreekt"),
        ("codelists/soort.yaml", 6, "Zet de code 01 tussen aanhalingstekens"),
        ("datasets/melding.yaml", 1, "mist de kolom 'gemeente_code'"),
        ("datasets/melding.yaml", 16, "bevat persoonsgegevens (pseudonymised): vul 'legal_basis'"),
        ("datasets/melding.yaml", 21, "De codelijst 'srt' bestaat niet"),
        ("kpis/verkeerde-naam.yaml", 1, "moet gelijk zijn aan de bestandsnaam"),
        ("kpis/verkeerde-naam.yaml", 6, "Het doel 'doel-drie' bestaat niet"),
        ("kpis/verkeerde-naam.yaml", 10, "Eenheid 'aantal' past niet bij type 'percentage'"),
        ("kpis/verkeerde-naam.yaml", 14, "De kolom 'datum' bestaat niet in dataset 'melding'"),
        ("kpis/verkeerde-naam.yaml", 14, "De code '99' komt niet voor in codelijst 'soort'"),
        ("kpis/verkeerde-naam.yaml", 16, "De dataset 'meldingen' in 'denominator' bestaat niet in catalog/datasets. Bedoelt u 'melding'?"),
        ("kpis/verkeerde-naam.yaml", 28, "'version' moet een geheel getal zijn"),
        ("kpis/verkeerde-naam.yaml", 32, "'2026-13' is geen geldige periode"),
        ("sources/meldingen-export.yaml", 5, "Een mutatiebestand heeft een blok 'mutation' nodig"),
        ("sources/meldingen-export.yaml", 13, "De sleutelkolom 'Nummer' staat niet in 'columns'"),
        ("sources/meldingen-export.yaml", 20, "Broncode 'B' wordt vertaald naar '03', maar die code komt niet voor in codelijst 'soort'"),
        ("sources/meldingen-export.yaml", 22, "Kolom 'client_id' wordt gepseudonimiseerd opgeslagen"),
        ("sources/meldingen-export.yaml", 23, "Een BSN wordt nooit onbewerkt opgeslagen"),
        ("sources/meldingen-export.yaml", 24, "De bronkolom 'Soort' staat meer dan eens"),
        ("sources/meldingen-export.yaml", 12, "De verplichte kolom 'meldingsdatum' van dataset 'melding' wordt niet gevuld"),
        ("sources/financien.yaml", 6, "'file_pattern' moet eindigen op .xlsx"),
        ("sources/financien.yaml", 10, "'encoding' hoort alleen bij format: csv"),
        ("sources/financien.yaml", 12, "De dataset 'financen' bestaat niet in catalog/datasets"),
    ];

    public static void WriteTo(TempDirectory dir)
    {
        dir.Write("catalog/documents/nota.yaml", """
            id: nota
            title: Nota
            titel: Nota met een tikfout
            kind: lokaal
            adopted_by: Gemeenteraad
            goals:
              - id: doel-een
                text: Een doel.
                domain: wmo
            """);
        dir.Write("catalog/documents/wet.yaml", """
            id: wet
            title: Een wet
            kind: verordening
            adopted_by: Staten-Generaal
            goals:
              - id: doel-twee
                text: Nog een doel.
                domain: wmo
              - id: doel-een
                text: Dubbel.
                domain: wmo
            """);
        dir.Write("catalog/codelists/leeg.yaml", "id: leeg\ncodes: []\n");
        dir.Write("catalog/codelists/soort.yaml", """
            id: soort
            title: Soort
            codes:
              - code: "02"
                label: Twee
              - code: 01
                label: Een
            """);
        dir.Write("catalog/datasets/melding.yaml", """
            id: melding
            title: Meldingen
            description: Wmo-meldingen.
            domain: wmo
            kind: fact
            grain: Eén rij per melding.
            columns:
              - name: soort
                type: text
                description: Soort melding.
                personal_data: none
                codelist: soort
              - name: client_id
                type: text
                description: Cliënt.
                personal_data: pseudonymised
              - name: srt
                type: text
                description: Nog een soort.
                personal_data: none
                codelist: srt
              - name: meldingsdatum
                type: date
                description: Datum van de melding.
                personal_data: none
                required: true
            """);
        dir.Write("catalog/sources/meldingen-export.yaml", """
            id: meldingen-export
            title: Meldingen
            system: Suite4Sociaal Domein
            format: csv
            delivery: mutations
            file_pattern: meldingen_{peildatum}.csv
            reference_date: { from: file_name, format: yyyy-MM }
            encoding: utf-8-bom
            delimiter: ";"
            decimal_separator: ","
            date_format: dd-MM-yyyy
            target: melding
            key: [Nummer]
            columns:
              - source: Soort
                target: soort
                type: text
                codes:
                  A: "01"
                  B: "03"
              - source: BSN
                target: client_id
                type: bsn
              - source: Soort
                target: srt
                type: text
            ignore:
              - source: Naam
                reason: Niet nodig.
            """);
        dir.Write("catalog/sources/financien.yaml", """
            id: financien
            title: Financiën
            system: Excel
            format: xlsx
            delivery: full_extract
            file_pattern: financien_{peildatum}.csv
            reference_date:
              from: file_name
              format: yyyy
            encoding: utf-8
            date_format: dd-MM-yyyy
            target: financen
            key: [Jaar]
            columns:
              - source: Jaar
                target: jaar
                type: integer
            """);
        dir.Write("catalog/kpis/verkeerde-naam.yaml", """
            id: wmo-meldingen
            version: 1
            valid_from: 2026-01-01
            status: concept
            title: Meldingen
            goals: [doel-drie]
            domain: wmo
            description: Aandeel meldingen.
            type: percentage
            unit: aantal
            numerator:
              dataset: melding
              aggregate: count
              filter: datum > :period_start and soort = '99'
            denominator:
              dataset: meldingen
              aggregate: count
            definition: Meldingen gedeeld door meldingen.
            population: Inwoners.
            period:
              kind: period
              grains: [year]
            direction: none
            owner: { role: Adviseur, team: Wmo }
            release: 1
            priority: laag
            changelog:
              - version: een
                date: 2026-01-01
                description: Eerste versie.
            targets:
              - period: 2026-13
                value: 5
                source: Nota
            """);
    }
}
