using Msd.Catalog;
using Msd.Storage;
using Msd.Tests.Support;

namespace Msd.Tests.Validation;

/// <summary>Two tiny datasets with one check of every kind, and a handful of rows with a known defect each.</summary>
internal static class TinyCatalog
{
    public static readonly string[] Districts = ["WK01", "WK02"];

    public static KpiCatalog Write(TempDirectory dir)
    {
        dir.Write("catalog/codelists/kleur.yaml", """
            id: kleur
            title: Kleur
            codes:
              - code: "01"
                label: Rood
              - code: "02"
                label: Blauw
            """);
        dir.Write("catalog/datasets/toewijzing.yaml", """
            id: toewijzing
            title: Toewijzingen
            description: Toewijzingen om te controleren.
            domain: jeugd
            kind: fact
            grain: Eén rij per gemeente en nummer.
            key: [gemeente_code, nummer]
            time:
              kind: event
              from: datum
            columns:
              - {name: gemeente_code, type: text, description: Gemeente., personal_data: none}
              - {name: nummer, type: text, description: Nummer., personal_data: none}
              - {name: client_id, type: text, description: Cliënt., personal_data: pseudonymised, legal_basis: Test., purpose: Test.}
              - {name: geboortedatum, type: date, description: Geboortedatum., personal_data: personal, legal_basis: Test., purpose: Test.}
              - {name: kleur, type: text, description: Kleur., personal_data: none, codelist: kleur}
              - {name: wijk_code, type: text, description: Wijk., personal_data: none}
              - {name: datum, type: date, description: Heenbericht., personal_data: none}
              - {name: retour, type: date, description: Retourbericht., personal_data: none}
            checks:
              - {id: t-client, kind: volledigheid, title: Cliënt gevuld, severity: fout, column: client_id}
              - {id: t-client-ruim, kind: volledigheid, title: Cliënt meestal gevuld, severity: fout, column: client_id, max_percent: 20}
              - {id: t-kleur, kind: geldigheid, title: Kleur geldig, severity: waarschuwing, column: kleur}
              - {id: t-uniek, kind: uniciteit, title: Nummer uniek, severity: fout}
              - {id: t-wijk, kind: referentie, title: Wijk bestaat, severity: waarschuwing, columns: [wijk_code], references: gebiedsindeling}
              - {id: t-actueel, kind: actualiteit, title: Bij, severity: fout, max_age_days: 30}
              - {id: t-volume, kind: volume, title: Volume, severity: fout, per: maand, max_decrease_percent: 30}
              - {id: t-retour, kind: tijdigheid, title: Retour op tijd, severity: fout, from: datum, to: retour, limit: 3, unit: working_days}
            """);
        dir.Write("catalog/datasets/levering.yaml", """
            id: levering
            title: Leveringen
            description: Leveringen om te controleren.
            domain: jeugd
            kind: fact
            grain: Eén rij per levering.
            columns:
              - {name: gemeente_code, type: text, description: Gemeente., personal_data: none}
              - {name: nummer, type: text, description: Toewijzingnummer., personal_data: none}
            checks:
              - {id: l-toewijzing, kind: referentie, title: Levering heeft toewijzing, severity: fout, columns: [gemeente_code, nummer], references: toewijzing}
            """);
        var (catalog, issues) = CatalogLoader.Load(dir.Combine("catalog"));
        Assert.DoesNotContain(issues, i => i.Severity == IssueSeverity.Fout);
        return catalog;
    }

    public static async Task FillAsync(Database database, KpiCatalog catalog, CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        await DatasetTables.SyncAsync(database, catalog, cancellationToken);
        // 0001: A2 lacks its client and has a late retour (Mon 6 to Mon 13 January: 5 working days), A3 twice
        // (one with colour 99 and district WK99); January 3 rows, February 2. 0002: nothing since October.
        await database.ExecuteAsync(
            """
            INSERT INTO ds_toewijzing (load_id, gemeente_code, nummer, client_id, geboortedatum, kleur, wijk_code, datum, retour) VALUES
                (1, '0001', 'A1', 'c1', DATE '2010-01-01', '01', 'WK01', DATE '2025-01-06', DATE '2025-01-07'),
                (1, '0001', 'A2', NULL, DATE '2010-01-01', '01', 'WK01', DATE '2025-01-06', DATE '2025-01-13'),
                (1, '0001', 'A4', 'c6', DATE '2010-01-01', '01', 'WK01', DATE '2025-01-20', DATE '2025-01-21'),
                (1, '0001', 'A3', 'c3', DATE '2010-01-01', '99', 'WK99', DATE '2025-02-03', DATE '2025-02-04'),
                (1, '0001', 'A3', 'c4', DATE '2010-01-01', '02', 'WK01', DATE '2025-02-03', DATE '2025-02-04'),
                (1, '0002', 'B1', 'c5', DATE '2010-01-01', '02', 'WK02', DATE '2024-10-01', DATE '2024-10-02')
            """, null, cancellationToken);
        await database.ExecuteAsync(
            "INSERT INTO ds_levering (load_id, gemeente_code, nummer) VALUES (1, '0001', 'A1'), (1, '0001', 'X9'), (1, '0001', NULL), (1, '0002', 'B1')",
            null, cancellationToken);
    }
}
