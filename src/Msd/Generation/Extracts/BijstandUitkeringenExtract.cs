namespace Msd.Generation.Extracts;

/// <summary>
/// The monthly full extract of bijstand spells (catalog/sources/bijstand-uitkeringen.yaml), in
/// Windows-1252 as GWS4all-style systems write it: every spell that ran in the month, as known on
/// its last day.
/// </summary>
internal static class BijstandUitkeringenExtract
{
    public static readonly string[] Header =
    [
        "Gemeente", "Dossiernummer", "BSN aanvrager", "Naam aanvrager", "BSN partner", "Geboortedatum", "Geslacht", "Adres",
        "Postcode", "Woonplaats", "Regeling", "Leefvorm", "Ingangsdatum", "Einddatum", "Status", "Reden beëindiging",
        "Ontheffing arbeidsplicht", "Inkomsten uit arbeid", "Bedrag inkomsten uit arbeid", "Netto uitkering", "Klantmanager",
    ];

    public static void Write(SyntheticWorld world, ExtractRun run)
    {
        var code = world.Population.Municipality.Code;
        var months = run.Months().ToList();
        // file-level defects, once per municipality, never at a quarter end (the peildata KPIs use)
        var middle = months.Where(m => m.Month % 3 != 0).ToList();
        var dropped = run.Defects is { Enabled: true } && middle.Count >= 2 ? middle[middle.Count / 2] : (DateOnly?)null;
        var redelivered = run.Defects is { Enabled: true } && middle.Count >= 2 ? middle[(middle.Count / 2) - 1] : (DateOnly?)null;
        foreach (var month in months)
        {
            var day = ExtractRun.LastDay(month);
            var spells = world.Income.Spells.Where(s => MonthlyChanges.RunsIn(s.Begin, s.End, month)).ToList();
            var name = $"bijstand_uitkeringen_{code}_{ExtractRun.MonthName(month)}";
            if (month == dropped)
            {
                var keep = new SeededRandom(run.Seed, "volumedaling", code);
                // only spells that run on next month drop out: their state arrives again, so nothing is lost for good
                var next = month.AddMonths(1);
                WriteFile(run, name, code, [.. spells.Where(s => !MonthlyChanges.RunsIn(s.Begin, s.End, next) || keep.Chance(0.6))], world, day);
                run.Defects!.Record("volumedaling", Path.Combine("registratie", Path.GetFileName(run.Files[^1])), "hele bestand",
                    $"Deze maandlevering bevat ongeveer 40 % minder uitkeringen dan de vorige ({spells.Count} verwacht).", "controle");
                continue;
            }
            if (month == redelivered)
            {
                var first = new SeededRandom(run.Seed, "herlevering", code);
                WriteFile(run, name, code, [.. spells.Where(_ => first.Chance(0.9))], world, day);
                var corrected = $"bijstand_uitkeringen_{code}_herlevering_{ExtractRun.MonthName(month)}";
                WriteFile(run, corrected, code, spells, world, day);
                run.Defects!.Record("late-correctie", Path.Combine("registratie", Path.GetFileName(run.Files[^1])), "hele bestand",
                    $"Te late, gecorrigeerde levering voor peildatum {ExtractValues.Date(day)}: vervangt de eerdere, onvolledige levering voor die peildatum.", "inlezen");
                continue;
            }
            WriteFile(run, name, code, spells, world, day);
        }
    }

    private static void WriteFile(ExtractRun run, string name, string code, List<BijstandSpell> spells, SyntheticWorld world, DateOnly day)
    {
        using var file = run.OpenCsv(name, "windows-1252", Header, code);
        foreach (var spell in spells)
            file.Write(Row(world, spell, day, run.Seed));
    }

    private static string[] Row(SyntheticWorld world, BijstandSpell spell, DateOnly day, long seed)
    {
        var person = spell.Client;
        var who = SyntheticIdentity.Of(person, world.Population, seed);
        var end = ExtractValues.Known(spell.End, day);
        var partner = spell.Huishoudtype is "PZK" or "PMK"
            ? person.Household.Members.FirstOrDefault(m => m != person && m.AgeOn(day) >= 18 && m.LivesThereOn(day))
            : null;
        var net = Math.Max(0, IncomeCodes.Norm(spell.Huishoudtype) - (spell.InkomstenUitWerk * 3 / 4));
        return
        [
            world.Population.Municipality.Code, spell.Id, person.Bsn, who.SortName, partner?.Bsn ?? "", ExtractValues.Date(person.BirthDate),
            person.Sex == 1 ? "Man" : "Vrouw", who.Address, ExtractValues.Postcode(person.Household.Postcode), who.Woonplaats,
            IncomeCodes.Regeling[spell.Soort], IncomeCodes.Leefvorm[spell.Huishoudtype], ExtractValues.Date(spell.Begin), ExtractValues.Date(end),
            end is null ? "Lopend" : "Beëindigd", end is null ? "" : ExtractValues.Code(IncomeCodes.RedenBeeindiging, spell.EndReason),
            ExtractValues.YesNo(spell.Ontheffing), ExtractValues.YesNo(spell.InkomstenUitWerk > 0), ExtractValues.Euro(spell.InkomstenUitWerk),
            ExtractValues.Euro(net), SyntheticIdentity.Staff(seed, "inkomen", spell.Id),
        ];
    }
}
