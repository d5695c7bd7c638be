namespace Msd.IStandaarden;

/// <summary>The bodies of declaratie (323) and declaratie-antwoord (325), in XSD sequence order.</summary>
internal static class DeclaratieBody
{
    public static void Declaratie(XmlBericht xml, Declaratie declaratie)
    {
        xml.Start("Declaratie");
        xml.Element("DeclaratieNummer", declaratie.DeclaratieNummer);
        xml.Periode("DeclaratiePeriode", declaratie.DeclaratiePeriode);
        xml.Element("DeclaratieDagtekening", declaratie.DeclaratieDagtekening);
        xml.Bedrag("TotaalIngediendBedrag", declaratie.TotaalIngediendBedrag, totaal: true);
        if (!Clienten(xml, declaratie.Clienten))
            throw new ArgumentException("Een declaratie (323) heeft minstens één Client.", nameof(declaratie));
        xml.End();
    }

    public static void Antwoord(XmlBericht xml, DeclaratieAntwoord antwoord)
    {
        xml.Start("DeclaratieAntwoord");
        xml.Element("DeclaratieNummer", antwoord.DeclaratieNummer);
        xml.Bedrag("TotaalIngediendBedrag", antwoord.TotaalIngediendBedrag, totaal: true);
        xml.Bedrag("TotaalToegekendBedrag", antwoord.TotaalToegekendBedrag, totaal: true);
        Clienten(xml, antwoord.Clienten);
        xml.RetourCodes(antwoord.RetourCodes);
        xml.End();
    }

    /// <summary>Writes Clienten when there is at least one client, enumerating them once; false when there were none.</summary>
    private static bool Clienten(XmlBericht xml, IEnumerable<DeclaratieClient> clienten)
    {
        using var client = clienten.GetEnumerator();
        if (!client.MoveNext())
            return false;
        xml.Start("Clienten");
        do
        {
            Client(xml, client.Current);
        }
        while (client.MoveNext());
        xml.End();
        return true;
    }

    private static void Client(XmlBericht xml, DeclaratieClient client)
    {
        if (client.Prestaties.Count == 0)
            throw new ArgumentException($"Client {client.Bsn} in een declaratie heeft geen Prestatie.", nameof(client));

        xml.Start("Client");
        xml.Element("Bsn", client.Bsn);
        xml.Start("Prestaties");
        foreach (var prestatie in client.Prestaties)
            Prestatie(xml, prestatie);
        xml.End();
        if (xml.Soort.Nummer == 325)
            xml.RetourCodes(client.RetourCodes);
        xml.End();
    }

    private static void Prestatie(XmlBericht xml, Prestatie prestatie)
    {
        if (prestatie.Product.Code is null)
            throw new ArgumentException($"Prestatie {prestatie.ReferentieNummer} heeft geen ProductCode; die is verplicht in een declaratie.", nameof(prestatie));
        WetCodes.CheckProductCategorie(xml.Wet, prestatie.Product.Categorie);

        xml.Start("Prestatie");
        xml.Start("ProductReferentie");
        xml.Basis("ReferentieNummer", prestatie.ReferentieNummer);
        xml.Basis("VorigReferentieNummer", prestatie.VorigReferentieNummer);
        xml.End();
        xml.Element("ToewijzingNummer", prestatie.ToewijzingNummer);
        xml.Element("ProductCategorie", prestatie.Product.Categorie);
        xml.Element("ProductCode", prestatie.Product.Code);
        xml.Periode("ProductPeriode", prestatie.ProductPeriode);
        xml.Element("GeleverdVolume", prestatie.GeleverdVolume);
        xml.Element("Eenheid", prestatie.Eenheid);
        xml.Element("ProductTarief", prestatie.ProductTarief);
        xml.Bedrag("IngediendBedrag", prestatie.IngediendBedrag, totaal: false);
        if (xml.Soort.Nummer == 325)
            xml.RetourCodes(prestatie.RetourCodes);
        xml.End();
    }
}
