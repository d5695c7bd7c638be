using Msd.Catalog;
using Msd.Tests.Support;

namespace Msd.Tests.Catalog;

/// <summary>The catalogue we ship: clean, complete for the five domains, and using every part of the format.</summary>
public sealed class ShippedCatalogTests
{
    private static readonly (KpiCatalog Catalog, IReadOnlyList<CatalogIssue> Issues) Loaded = CatalogLoader.Load(TestEnvironment.ShippedCatalog);

    private static KpiCatalog Catalog => Loaded.Catalog;

    [Fact]
    public void Loads_without_errors_or_warnings() =>
        Assert.True(Loaded.Issues.Count == 0, string.Join('\n', Loaded.Issues));

    [Fact]
    public void Holds_the_documents_the_customer_named_and_the_legal_frameworks()
    {
        var titles = string.Join('\n', Catalog.Documents.Select(d => d.Title));
        foreach (var name in new[] { "Armoede", "Nota Jeugd", "Hervormingsagenda Jeugd", "Gezond en Actief Leven", "Schuldhulpverlening", "uitgaven", "Jeugdwet", "Wet maatschappelijke ondersteuning", "Participatiewet", "Wet gemeentelijke schuldhulpverlening", "beleidsindicatoren" })
            Assert.Contains(name, titles, StringComparison.OrdinalIgnoreCase);
        Assert.All(Catalog.Documents.Where(d => d.Kind == "lokaal").SelectMany(d => d.Goals), g => Assert.True(g.ToBeConfirmed, g.Id + " is lokaal en moet nog door de gemeente worden bevestigd"));
    }

    [Fact]
    public void Every_domain_has_goals_datasets_and_kpis()
    {
        foreach (var domain in Domains.Ids)
        {
            Assert.Contains(Catalog.Goals, g => g.Domain == domain);
            Assert.Contains(Catalog.Kpis, k => k.Domain == domain);
        }
        foreach (var domain in Domains.Ids.Where(d => d != "sociaal-domein"))
            Assert.Contains(Catalog.Datasets, d => d.Domain == domain && d.Kind == "fact");
    }

    [Fact]
    public void Kpis_exercise_every_part_of_the_format()
    {
        var kpis = Catalog.Kpis;
        Assert.Equal(CatalogVocabulary.KpiTypes.Order(), kpis.Select(k => k.Type).Distinct().Order());
        Assert.Equal(CatalogVocabulary.KpiStatuses.Order(), kpis.Select(k => k.Status).Distinct().Order());
        Assert.Equal(CatalogVocabulary.PeriodKinds.Order(), kpis.Select(k => k.Period.Kind).Distinct().Order());
        Assert.Equal(CatalogVocabulary.Grains.Order(), kpis.SelectMany(k => k.Period.Grains).Distinct().Order());
        Assert.Equal(CatalogVocabulary.Directions.Order(), kpis.Select(k => k.Direction).Distinct().Order());
        Assert.Equal(CatalogVocabulary.DeadlineUnits.Order(), kpis.Select(k => k.Deadline?.Unit).OfType<string>().Distinct().Order());
        Assert.Contains(kpis, k => k.Breakdowns.Any(b => b.Bands.Count > 0));
        Assert.Contains(kpis, k => k.Targets.Count > 0);
        Assert.Contains(kpis, k => k.Deputy is null);
        Assert.Contains(kpis, k => k.Changelog.Count > 1);
        Assert.Contains(kpis, k => k.Unit == "per_1000");
        Assert.Contains(kpis, k => k.Unit == "per_10000");
    }

    [Fact]
    public void Personal_data_is_minimal_and_justified()
    {
        var columns = Catalog.Datasets.SelectMany(d => d.Columns.Select(c => (Dataset: d.Id, Column: c))).ToList();
        string[] forbidden = ["bsn", "naam", "achternaam", "voornaam", "adres", "straat", "huisnummer", "postcode", "telefoon", "email", "e_mail"];
        foreach (var (dataset, column) in columns)
        {
            Assert.DoesNotContain(column.Name, forbidden);
            if (column.PersonalData != "none")
                Assert.False(string.IsNullOrWhiteSpace(column.LegalBasis) || string.IsNullOrWhiteSpace(column.Purpose), $"{dataset}.{column.Name}");
        }
    }

    [Fact]
    public void Sources_feed_the_registration_datasets_and_never_load_names_or_addresses()
    {
        string[] registrations = ["bevolking", "bevolking_huishoudens", "wmo_melding", "bijstand_uitkering", "bijstand_aanvraag", "reintegratie_voorziening", "minima_aanvraag", "minima_toekenning", "schuldhulp_traject", "vroegsignaal", "financien_iv3"];
        Assert.Equal(registrations.Order(StringComparer.Ordinal), Catalog.Sources.Select(s => s.Target.Value).Order(StringComparer.Ordinal));
        Assert.Contains(Catalog.Sources, s => s.Delivery == "full_extract");
        Assert.Contains(Catalog.Sources, s => s.Delivery == "mutations");
        Assert.Contains(Catalog.Sources, s => s.Format == "xlsx");
        Assert.Contains(Catalog.Sources, s => s.Encoding == "windows-1252");
        string[] personal = ["naam", "achternaam", "voorletters", "voorvoegsel", "adres", "straat", "huisnummer", "woonplaats", "iban", "partner"];
        foreach (var source in Catalog.Sources)
        {
            Assert.DoesNotContain(source.Columns, c => personal.Any(p => c.Source.Value.Contains(p, StringComparison.OrdinalIgnoreCase) && c.Target.Value != "partner"));
            Assert.Equal("Bron: SYNTHETISCHE TESTDATA", source.SyntheticMarker);
        }
    }

    [Fact]
    public void The_bbv_indicators_computed_from_own_data_use_the_official_denominators()
    {
        var jeugdhulp = Catalog.Kpi("jeugd-jongeren-met-jeugdhulp")!;
        Assert.Equal(("percentage", "procent", "bevolking"), (jeugdhulp.Type, jeugdhulp.Unit, jeugdhulp.Denominator!.Dataset.Value));
        Assert.Contains("between 0 and 17", jeugdhulp.Denominator.Filter!.Value, StringComparison.Ordinal);
    }
}
