using System.Globalization;
using Msd.IStandaarden;

namespace Msd.Generation;

/// <summary>
/// Monthly declarations (323) per provider and law for the care delivered in the month, and the
/// municipality's answer (325) ten days later: usually everything granted (8001), sometimes a
/// prestatie rejected for exceeding the allocated volume (9321) or a tariff mismatch (0611).
/// </summary>
internal sealed class DeclarationMessages(MessageFiles files, string gemeente, SeededRandom random, DefectPlan defects, long seed)
{
    private bool _truncated;

    private int _declaraties;
    private int _prestaties;

    public void Write(IReadOnlyList<CareSpell> spells, DateOnly from, DateOnly to)
    {
        var delivering = spells.Where(s => s.DeliveryStart is not null).ToList();
        for (var month = new DateOnly(from.Year, from.Month, 1); month.AddMonths(1).AddDays(-1) <= to; month = month.AddMonths(1))
        {
            var last = month.AddMonths(1).AddDays(-1);
            foreach (var group in delivering.GroupBy(s => (s.Wet, s.Provider)).OrderBy(g => g.Key.Wet, StringComparer.Ordinal).ThenBy(g => g.Key.Provider, StringComparer.Ordinal))
            {
                var wet = group.Key.Wet == "jeugd" ? Wet.Jeugdwet : Wet.Wmo;
                var clients = new List<(DeclaratieClient Client, bool[] Rejected)>();
                foreach (var client in group.GroupBy(s => s.Client).OrderBy(c => c.Key.Id))
                {
                    var prestaties = new List<(Prestatie Prestatie, bool Rejected)>();
                    foreach (var spell in client)
                    {
                        var (units, amount) = Declarations.ForMonth(spell, month.Year, month.Month);
                        if (units == 0)
                            continue;
                        var begin = spell.DeliveryStart > month ? spell.DeliveryStart.Value : month;
                        var end = spell.DeliveryEnd is { } e && e < last ? e : last;
                        prestaties.Add((new Prestatie("P" + (++_prestaties).ToString("D9", CultureInfo.InvariantCulture), int.Parse(spell.ToewijzingNummer, CultureInfo.InvariantCulture),
                            new Product(spell.Category, spell.ProductCode), new Periode(begin, end), units, spell.Unit, BedragMetDC.Debet(amount))
                        { ProductTarief = spell.Tariff }, Declarations.Rejected(seed, spell, month)));
                    }
                    if (prestaties.Count > 0)
                        clients.Add((new DeclaratieClient(client.Key.Bsn, [.. prestaties.Select(p => p.Prestatie)]), [.. prestaties.Select(p => p.Rejected)]));
                }
                if (clients.Count > 0)
                    Declare(wet, group.Key.Wet, group.Key.Provider, month, last, clients, to);
            }
        }
    }

    private void Declare(Wet wet, string law, string provider, DateOnly month, DateOnly last, List<(DeclaratieClient Client, bool[] Rejected)> declared, DateOnly runEnd)
    {
        var clients = declared.Select(c => c.Client).ToList();
        var total = clients.Sum(c => c.Prestaties.Sum(p => p.IngediendBedrag.Eurocent));
        var (sent, answered) = Declarations.Timing(seed, gemeente, law, provider, month);
        var number = "D" + (++_declaraties).ToString("D8", CultureInfo.InvariantCulture);
        var declaratie = new Bericht323(wet, new Header(provider, gemeente, files.NextId(323), sent),
            new Declaratie(number, new Periode(month, last), sent, BedragMetDC.Debet(total), clients));
        if (sent > runEnd)
            return;
        files.Write(wet, 323, sent, declaratie.Header.Identificatie, s => BerichtWriter.Write323(s, declaratie));
        var rejected = declared
            .Select(c => c.Client with { Prestaties = [.. c.Client.Prestaties.Where((_, i) => c.Rejected[i]).Select(p => p with { RetourCodes = [random.Pick(["9321", "0611", "9307"])] })], RetourCodes = ["0200"] })
            .Where(c => c.Prestaties.Count > 0)
            .ToList();
        var granted = total - rejected.Sum(c => c.Prestaties.Sum(p => p.IngediendBedrag.Eurocent));
        if (answered > runEnd)
            return;
        var antwoord = new Bericht325(wet, new Header(gemeente, provider, files.NextId(325), answered),
            new AntwoordHeader(declaratie.Header.Identificatie, sent, ["0200"]),
            new DeclaratieAntwoord(number, BedragMetDC.Debet(total), BedragMetDC.Debet(granted), rejected.Count == 0 ? ["8001"] : ["0200"]) { Clienten = rejected });
        Action<Stream> write = s => BerichtWriter.Write325(s, antwoord);
        var truncate = defects.Enabled && !_truncated && rejected.Count > 0;
        if (truncate)
            write = MessageFiles.Changed(write, xml => xml[..(xml.Length / 2)]);
        files.Write(wet, 325, answered, antwoord.Header.Identificatie, write);
        if (truncate)
        {
            // refused whole on ingestion: the declaratie stays unassessed
            _truncated = true;
            defects.Exclude(new DeclarationKey(gemeente, law, provider, month));
            defects.Record("afgekapt-bestand", files.Last.Archive, files.Last.Entry, "Het bericht houdt halverwege op (geen geldige XML); het wordt als geheel geweigerd.", "inlezen");
        }
    }
}

/// <summary>One month's 323 of one provider under one law: the key of a declaratie whose answer a defect can make unreadable.</summary>
internal readonly record struct DeclarationKey(string Gemeente, string Wet, string Provider, DateOnly Month);
