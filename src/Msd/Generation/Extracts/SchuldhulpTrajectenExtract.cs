using System.Globalization;

namespace Msd.Generation.Extracts;

/// <summary>The monthly full extract of debt-help trajectories (catalog/sources/schuldhulp-trajecten.yaml).</summary>
internal static class SchuldhulpTrajectenExtract
{
    public static readonly string[] Header =
    [
        "Gemeentecode", "Dossiernummer", "BSN", "Naam", "Geboortedatum", "Straat", "Huisnummer", "Postcode", "Woonplaats",
        "Huishoudsamenstelling", "Minderjarige kinderen", "Ondernemer", "Aanmeldroute", "Datum aanmelding", "Soort crisis",
        "Datum eerste gesprek", "Datum beschikking", "Beschikking", "Datum plan van aanpak", "Start stabilisatie", "Einde stabilisatie",
        "Soort regeling", "Datum aanbod schuldeisers", "Datum akkoord schuldeisers", "Datum afsluiting", "Reden afsluiting",
        "Totale schuld", "Aantal schuldeisers", "Recidive", "Schuldhulpverlener",
    ];

    public static void Write(SyntheticWorld world, ExtractRun run) =>
        run.WriteMonthly("schuldhulp_trajecten", world.Population.Municipality.Code, "utf-8-bom", Header, world.Debt.Trajecten, (traject, month) =>
            MonthlyChanges.RunsIn(traject.Aanmelding, traject.Einde, month) ? Row(world, traject, ExtractRun.LastDay(month), run.Seed) : null);

    private static string[] Row(SyntheticWorld world, SchuldhulpTraject traject, DateOnly day, long seed)
    {
        var person = traject.Client;
        var who = SyntheticIdentity.Of(person, world.Population, seed);
        DateOnly? Known(DateOnly? date) => ExtractValues.Known(date, day);
        var decided = Known(traject.Beschikkingsdatum);
        var admitted = decided is not null && traject.Beschikking == "TOEL" ? decided : null;
        var offered = Known(traject.RegelingAangeboden);
        var ended = Known(traject.Einde);
        var children = person.Household.Members.Any(m => m.LivesThereOn(traject.Aanmelding) && m.AgeOn(traject.Aanmelding) < 18);
        return
        [
            world.Population.Municipality.Code, traject.Id, person.Bsn, who.FullName, ExtractValues.Date(person.BirthDate), who.Straat,
            who.Huisnummer.ToString(CultureInfo.InvariantCulture), ExtractValues.Postcode(person.Household.Postcode), who.Woonplaats,
            DebtCodes.Huishouden[person.Household.Type], ExtractValues.YesNo(children), ExtractValues.YesNo(traject.Ondernemer),
            DebtCodes.Route[traject.Route], ExtractValues.Date(traject.Aanmelding), ExtractValues.Code(DebtCodes.Crisis, traject.Crisistype),
            ExtractValues.Date(Known(traject.EersteGesprek)), ExtractValues.Date(decided), decided is null ? "" : ExtractValues.Code(DebtCodes.Beschikking, traject.Beschikking),
            ExtractValues.Date(admitted), ExtractValues.Date(admitted), ExtractValues.Date(Known(traject.StabilisatieEinde)),
            offered is null ? "" : ExtractValues.Code(DebtCodes.Regeling, traject.Regeling), ExtractValues.Date(offered),
            ExtractValues.Date(Known(traject.RegelingAkkoord)), ExtractValues.Date(ended), ended is null ? "" : ExtractValues.Code(DebtCodes.Eindreden, traject.Eindreden),
            ExtractValues.Euro(traject.Schuld), ExtractValues.Integer(traject.Schuldeisers), ExtractValues.YesNo(traject.Recidive),
            SyntheticIdentity.Staff(seed, "schuldhulp", traject.Id),
        ];
    }
}
