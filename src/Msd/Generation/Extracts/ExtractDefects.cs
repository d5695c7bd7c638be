using System.Globalization;

namespace Msd.Generation.Extracts;

/// <summary>
/// Record-level defects in registration extracts. A defect is an extra row — a copy of a real row
/// under a new record number, with a BSN that fails the 11-proef or an impossible or missing date — or an exact
/// duplicate of a row. The real records stay intact, so the ground truth needs no correction: the
/// extra rows are what ingestion must quarantine (or, for duplicates, load once).
/// </summary>
internal sealed class ExtractDefects(DefectPlan plan, string municipality, string fileName)
{
    /// <summary>
    /// The date each layout cannot do without (its source mapping marks it required): a row without it is
    /// quarantined, so the copy stays an extra row that never reaches the data, and the ground truth holds.
    /// </summary>
    private static readonly (string FilePrefix, string Header)[] RequiredDates =
    [
        ("bijstand_aanvragen", "Datum aanvraag"), ("bijstand_uitkeringen", "Ingangsdatum"), ("minima_aanvragen", "Datum aanvraag"),
        ("reintegratie_voorzieningen", "Startdatum"), ("schuldhulp_trajecten", "Datum aanmelding"), ("vroegsignalen", "Datum signaal"),
        ("wmo_meldingen", "Datum melding"),
    ];

    private readonly SeededRandom _random = plan.Random(municipality, "registratie");
    private int _extra;

    /// <summary>The rows to write after <paramref name="row"/>: none, a defective copy, or a duplicate.</summary>
    public IEnumerable<(string[] Row, string Kind, string Description)> After(IReadOnlyList<string> header, string[] row)
    {
        if (!plan.Enabled || !_random.Chance(plan.Rate))
            yield break;
        var id = Index(header, h => h.EndsWith("nummer", StringComparison.OrdinalIgnoreCase));
        var bsn = Index(header, h => h.StartsWith("BSN", StringComparison.Ordinal));
        var date = Index(header, h => h.Contains("atum", StringComparison.OrdinalIgnoreCase) && h is not ("Peildatum" or "Mutatiedatum"), row);
        var required = RequiredDates.FirstOrDefault(r => fileName.StartsWith(r.FilePrefix, StringComparison.Ordinal)).Header is { } name
            ? Index(header, h => h == name, row)
            : -1;
        switch (_random.Next(0, 4))
        {
            case 0 when id >= 0 && bsn >= 0 && row[bsn].Length == 9:
                var badBsn = Renumbered(row, id);
                badBsn[bsn] = Msd.Privacy.Bsn.Invalidate(row[bsn]);
                yield return (badBsn, "ongeldig-bsn", "Het BSN voldoet niet aan de 11-proef; de regel hoort in quarantaine.");
                break;
            case 1 when id >= 0 && date >= 0:
                var badDate = Renumbered(row, id);
                badDate[date] = "31-02-" + row[date][^4..];
                yield return (badDate, "onmogelijke-datum", $"De datum in kolom '{header[date]}' bestaat niet (31 februari); de regel hoort in quarantaine.");
                break;
            case 2:
                yield return ((string[])row.Clone(), "dubbele-rij", "Dezelfde regel staat twee keer in het bestand; hij telt één keer.");
                break;
            case 3 when id >= 0 && required >= 0:
                var noDate = Renumbered(row, id);
                noDate[required] = "";
                yield return (noDate, "ontbrekende-datum", $"De verplichte datum in kolom '{header[required]}' ontbreekt; de regel hoort in quarantaine.");
                break;
        }
    }

    public void Record(string file, int line, string kind, string description) =>
        plan.Record(kind, Path.Combine("registratie", Path.GetFileName(file)), "regel " + line.ToString(CultureInfo.InvariantCulture), description, "inlezen");

    private string[] Renumbered(string[] row, int id)
    {
        var copy = (string[])row.Clone();
        copy[id] = row[id] + "F" + (++_extra).ToString(CultureInfo.InvariantCulture);
        return copy;
    }

    private static int Index(IReadOnlyList<string> header, Func<string, bool> match, string[]? row = null)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (match(header[i]) && (row is null || row[i].Length >= 10))
                return i;
        }
        return -1;
    }
}
