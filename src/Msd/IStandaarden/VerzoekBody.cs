namespace Msd.IStandaarden;

/// <summary>
/// The bodies of verzoek om toewijzing (315/316), verzoek om wijziging (317/318) and antwoord (319/320),
/// in XSD sequence order. GezagsdragerBekend and Woonplaatsbeginsel exist in iJw only.
/// </summary>
internal static class VerzoekBody
{
    public static void Client(XmlBericht xml, Client315 client)
    {
        if (client.AangevraagdeProducten.Count == 0)
            throw new ArgumentException("Een verzoek om toewijzing (315) heeft minstens één AangevraagdProduct.", nameof(client));
        if (client.GezagsdragerBekend is not null && xml.Wet != Wet.Jeugdwet)
            throw new ArgumentException("GezagsdragerBekend bestaat alleen in iJw (JW315/JW316), niet in iWmo.", nameof(client));

        xml.Start("Client");
        xml.Persoon(client.Persoon, volledigeNaam: false);
        xml.Element("GezagsdragerBekend", client.GezagsdragerBekend);
        xml.Element("Commentaar", client.Commentaar);
        xml.Start("AangevraagdeProducten");
        foreach (var product in client.AangevraagdeProducten)
            AangevraagdProduct(xml, product);
        xml.End();
        xml.RetourCodesInRetour(client.RetourCodes);
        xml.End();
    }

    private static void AangevraagdProduct(XmlBericht xml, AangevraagdProduct product)
    {
        xml.Start("AangevraagdProduct");
        xml.Element("ReferentieAanbieder", product.ReferentieAanbieder);
        xml.Element("BeschikkingNummer", product.BeschikkingNummer);
        xml.Product(product.Product);
        xml.Element("BeschikkingIngangsdatum", product.BeschikkingIngangsdatum);
        xml.Element("ToewijzingIngangsdatum", product.ToewijzingIngangsdatum);
        xml.Element("ToewijzingEinddatum", product.ToewijzingEinddatum);
        xml.Omvang(product.Omvang);
        xml.Element("Budget", product.Budget);
        xml.Start("Verwijzer");
        xml.Basis("Type", product.Verwijzer.Type);
        xml.Basis("Naam", product.Verwijzer.Naam);
        xml.Basis("ZorgverlenerCode", product.Verwijzer.ZorgverlenerCode);
        xml.End();
        xml.Element("Raamcontract", product.Raamcontract);
        xml.Element("Commentaar", product.Commentaar);
        xml.RetourCodesInRetour(product.RetourCodes);
        xml.End();
    }

    public static void Client(XmlBericht xml, Client317 client)
    {
        var verzoek = client.Verzoek;
        xml.Start("Client");
        xml.Element("Bsn", client.Bsn);
        xml.Start("Verzoek");
        xml.Element("ReferentieAanbieder", verzoek.ReferentieAanbieder);
        xml.Element("RedenVerzoek", verzoek.RedenVerzoek);
        List(xml, "OngewijzigdeProducten", verzoek.OngewijzigdeProducten, p =>
        {
            xml.Start("OngewijzigdProduct");
            xml.Element("ToewijzingNummer", p.ToewijzingNummer);
            xml.RetourCodesInRetour(p.RetourCodes);
            xml.End();
        });
        List(xml, "TeWijzigenProducten", verzoek.TeWijzigenProducten, p =>
        {
            xml.Start("TeWijzigenProduct");
            xml.Element("ToewijzingNummer", p.ToewijzingNummer);
            Wens(xml, p.GewensteIngangsdatum, p.Einddatum, p.Omvang, p.Budget, p.RetourCodes);
        });
        List(xml, "NieuweProducten", verzoek.NieuweProducten, p =>
        {
            xml.Start("NieuwProduct");
            xml.Product(p.Product);
            Wens(xml, p.GewensteIngangsdatum, p.Einddatum, p.Omvang, p.Budget, p.RetourCodes);
        });
        xml.RetourCodesInRetour(verzoek.RetourCodes);
        xml.End();
        xml.RetourCodesInRetour(client.RetourCodes);
        xml.End();
    }

    /// <summary>The desired dates and size of a changed or new product, then its codes; closes the product.</summary>
    private static void Wens(XmlBericht xml, DateOnly ingangsdatum, DateOnly? einddatum, Omvang? omvang, long? budget, IReadOnlyList<string>? retourCodes)
    {
        xml.Element("GewensteIngangsdatum", ingangsdatum);
        xml.Element("Einddatum", einddatum);
        xml.Omvang(omvang);
        xml.Element("Budget", budget);
        xml.RetourCodesInRetour(retourCodes);
        xml.End();
    }

    private static void List<T>(XmlBericht xml, string name, IReadOnlyList<T> items, Action<T> write)
    {
        if (items.Count == 0)
            return;
        xml.Start(name);
        foreach (var item in items)
            write(item);
        xml.End();
    }

    public static void Antwoord(XmlBericht xml, Antwoord antwoord)
    {
        if (antwoord.Woonplaatsbeginsel is not null && xml.Wet != Wet.Jeugdwet)
            throw new ArgumentException("Woonplaatsbeginsel bestaat alleen in iJw (JW319/JW320), niet in iWmo.", nameof(antwoord));

        xml.Start("Antwoord");
        xml.Element("ReferentieAanbieder", antwoord.ReferentieAanbieder);
        xml.Element("VerzoekAntwoord", antwoord.VerzoekAntwoord);
        xml.Element("RedenAfwijzingVerzoek", antwoord.RedenAfwijzingVerzoek);
        if (antwoord.Woonplaatsbeginsel is { } woonplaatsbeginsel)
        {
            xml.Start("Woonplaatsbeginsel");
            xml.Element("Gemeente", woonplaatsbeginsel.Gemeente);
            xml.RetourCodesInRetour(woonplaatsbeginsel.RetourCodes);
            xml.End();
        }
        xml.RetourCodesInRetour(antwoord.RetourCodes);
        xml.End();
    }
}
