using System.Text.RegularExpressions;

namespace Msd.Catalog;

internal static partial class KpiReader
{
    public static KpiDefinition? Read(YamlMap map)
    {
        var id = Ids.Kebab(map, "id");
        var version = map.Int("version", required: true, min: 1);
        var validFrom = map.Date("valid_from", required: true);
        var status = map.Choice("status", CatalogVocabulary.KpiStatuses, required: true);
        var title = map.String("title", required: true);
        var domain = map.Choice("domain", Domains.Ids, required: true);
        var goals = map.StringList("goals", required: true);
        var description = map.String("description", required: true);
        var definition = map.String("definition", required: true);
        var type = map.Choice("type", CatalogVocabulary.KpiTypes, required: true);
        var numerator = ReadMeasure(map.Map("numerator"));
        var denominator = ReadMeasure(map.Map("denominator"));
        var deadline = ReadDeadline(map.Map("deadline"));
        var population = map.String("population", required: true);
        var unit = map.Choice("unit", CatalogVocabulary.Units, required: true);
        var period = ReadPeriod(map.Map("period", required: true));
        var breakdowns = map.MapList("breakdowns").Select(ReadBreakdown).OfType<KpiBreakdown>().ToList();
        var direction = map.Choice("direction", CatalogVocabulary.Directions, required: true);
        var targets = map.MapList("targets").Select(ReadTarget).OfType<KpiTarget>().ToList();
        var owner = ReadOwner(map.Map("owner", required: true));
        var deputy = ReadOwner(map.Map("deputy"));
        var release = map.Int("release", required: true, min: 1);
        var priority = map.Choice("priority", CatalogVocabulary.Priorities, required: true);
        var privacy = ReadPrivacy(map.Map("privacy"));
        var benchmark = map.LocatedString("benchmark");
        var signOff = ReadSignOff(map);
        var plausibility = KpiPlausibility.Read(map.Map("plausibility"), type?.Value, numerator);
        var changelog = map.MapList("changelog", required: true).Select(ReadChange).OfType<KpiChange>().ToList();

        if (id is null || version is null || validFrom is null || status is null || title is null || domain is null
            || description is null || definition is null || type is null || population is null || unit is null
            || period is null || direction is null || owner is null || release is null || priority is null)
            return null;
        return new KpiDefinition(id, version.Value, validFrom.Value, status.Value, title, domain.Value, goals, description,
            definition, type.Value, numerator, denominator, deadline, population, unit.Value, period, breakdowns,
            direction.Value, targets, owner, deputy, release.Value, priority.Value, privacy, changelog, map.At, map.KeyLocations())
        {
            Benchmark = benchmark,
            SignOffRoles = signOff,
            Plausibility = plausibility,
        };
    }

    /// <summary>The account roles whose acceptance a version needs (<c>sign_off</c>); by default the key user.</summary>
    private static IReadOnlyList<string> ReadSignOff(YamlMap map)
    {
        var roles = map.StringList("sign_off");
        if (roles.Count == 0)
            return KpiDefinition.DefaultSignOffRoles;
        var known = Msd.Accounts.Role.All.Select(r => r.Id).ToList();
        foreach (var role in roles.Where(r => !known.Contains(r.Value)))
            map.Issues.Error(role.At, $"'{role.Value}' is geen rol voor 'sign_off'. Kies uit: {string.Join(", ", known)}.");
        foreach (var twice in roles.GroupBy(r => r.Value).Where(g => g.Count() > 1))
            map.Issues.Error(twice.Last().At, $"Rol '{twice.Key}' staat twee keer onder 'sign_off'.");
        return [.. roles.Select(r => r.Value).Where(known.Contains).Distinct()];
    }

    private static KpiMeasure? ReadMeasure(YamlMap? map)
    {
        if (map is null)
            return null;
        var dataset = map.LocatedString("dataset", required: true);
        var aggregate = map.Choice("aggregate", CatalogVocabulary.Aggregates, required: true);
        var expression = map.LocatedString("expression");
        var filter = map.LocatedString("filter");
        var description = map.String("description");
        var countsPeople = map.Bool("counts_people") ?? false;
        map.RejectUnknownKeys();
        if (aggregate is not null && aggregate.Value != "count" && expression is null)
            map.Issues.Error(aggregate.At, $"Bij aggregate '{aggregate.Value}' hoort een 'expression': de kolom of berekening die wordt samengevat.");
        if (countsPeople && aggregate?.Value != "sum")
            map.Issues.Error(map.At, "'counts_people' hoort alleen bij aggregate 'sum': een count telt al personen of dossiers.");
        return dataset is null || aggregate is null ? null : new KpiMeasure(dataset, aggregate.Value, expression, filter, description, map.At) { CountsPeople = countsPeople };
    }

    private static KpiDeadline? ReadDeadline(YamlMap? map)
    {
        if (map is null)
            return null;
        var from = map.LocatedString("from", required: true);
        var to = map.LocatedString("to", required: true);
        var limit = map.Int("limit", required: true, min: 0);
        var unit = map.Choice("unit", CatalogVocabulary.DeadlineUnits, required: true);
        var basis = map.String("basis");
        map.RejectUnknownKeys();
        return from is null || to is null || limit is null || unit is null ? null : new KpiDeadline(from, to, limit.Value, unit.Value, basis);
    }

    private static KpiPeriod? ReadPeriod(YamlMap? map)
    {
        if (map is null)
            return null;
        var kind = map.Choice("kind", CatalogVocabulary.PeriodKinds, required: true);
        var grains = map.StringList("grains", required: true);
        map.RejectUnknownKeys();
        foreach (var grain in grains.Where(g => !CatalogVocabulary.Grains.Contains(g.Value)))
            map.Issues.Error(grain.At, $"'{grain.Value}' is geen geldige periode. Kies uit: {string.Join(", ", CatalogVocabulary.Grains)}.");
        return kind is null ? null : new KpiPeriod(kind.Value, [.. grains.Select(g => g.Value).Where(CatalogVocabulary.Grains.Contains)]);
    }

    private static KpiBreakdown? ReadBreakdown(YamlMap map)
    {
        var column = map.LocatedString("column", required: true);
        var title = map.String("title");
        var bands = map.StringList("bands");
        var mapping = map.LocatedString("mapping");
        map.RejectUnknownKeys();
        var numbers = new List<int>();
        foreach (var band in bands)
        {
            if (int.TryParse(band.Value, System.Globalization.CultureInfo.InvariantCulture, out var n) && (numbers.Count == 0 || n > numbers[^1]))
                numbers.Add(n);
            else
                map.Issues.Error(band.At, "De grenzen in 'bands' moeten oplopende gehele getallen zijn, bijvoorbeeld [0, 4, 12, 18].");
        }
        return column is null ? null : new KpiBreakdown(column, title, numbers, mapping);
    }

    private static KpiTarget? ReadTarget(YamlMap map)
    {
        var period = map.LocatedString("period", required: true);
        var value = map.Decimal("value", required: true);
        var area = map.String("area");
        var source = map.String("source", required: true);
        map.RejectUnknownKeys();
        if (period is not null && !TargetPeriod().IsMatch(period.Value))
            map.Issues.Error(period.At, $"'{period.Value}' is geen geldige periode. Schrijf een jaar (2026), halfjaar (2026-H1), kwartaal (2026-Q1) of maand (2026-03).");
        return period is null || value is null || source is null ? null : new KpiTarget(period.Value, value.Value, area, source, map.At);
    }

    private static KpiOwner? ReadOwner(YamlMap? map)
    {
        if (map is null)
            return null;
        var role = map.String("role", required: true);
        var team = map.String("team", required: true);
        map.RejectUnknownKeys();
        return role is null || team is null ? null : new KpiOwner(role, team);
    }

    private static KpiPrivacy ReadPrivacy(YamlMap? map)
    {
        if (map is null)
            return new KpiPrivacy(null, null, "normaal");
        var threshold = map.Int("suppression_threshold", min: 1);
        var rounding = map.Int("rounding_base", min: 1);
        var sensitivity = map.Choice("sensitivity", CatalogVocabulary.Sensitivities);
        map.RejectUnknownKeys();
        return new KpiPrivacy(threshold, rounding, sensitivity?.Value ?? "normaal");
    }

    private static KpiChange? ReadChange(YamlMap map)
    {
        var version = map.Int("version", required: true, min: 1);
        var date = map.Date("date", required: true);
        var description = map.String("description", required: true);
        map.RejectUnknownKeys();
        return version is null || date is null || description is null ? null : new KpiChange(version.Value, date.Value, description, map.At);
    }

    [GeneratedRegex(@"^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$")]
    internal static partial Regex TargetPeriod();
}
