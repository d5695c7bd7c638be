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
        foreach (var month in run.Months())
        {
            var day = ExtractRun.LastDay(month);
            using var file = run.OpenCsv($"bijstand_uitkeringen_{code}_{ExtractRun.MonthName(month)}", "windows-1252", Header);
            foreach (var spell in world.Income.Spells.Where(s => MonthlyChanges.RunsIn(s.Begin, s.End, month)))
                file.Write(Row(world, spell, day, run.Seed));
        }
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
