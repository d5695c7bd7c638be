namespace Msd.IStandaarden;

/// <summary>The Client of start (305/306) and stop (307/308) messages, in XSD sequence order.</summary>
internal static class LeveringBody
{
    public static void Client(XmlBericht xml, Client305 client)
    {
        if (client.StartProducten.Count == 0)
            throw new ArgumentException("Een startbericht (305) heeft minstens één StartProduct.", nameof(client));

        xml.Start("Client");
        xml.Persoon(client.Persoon, volledigeNaam: false);
        xml.Start("StartProducten");
        foreach (var product in client.StartProducten)
        {
            xml.Start("StartProduct");
            Sleutel(xml, product.ToewijzingNummer, product.Product, product.ToewijzingIngangsdatum);
            xml.Element("Begindatum", product.Begindatum);
            xml.Element("StatusAanlevering", product.StatusAanlevering);
            xml.RetourCodesInRetour(product.RetourCodes);
            xml.End();
        }
        xml.End();
        xml.RetourCodesInRetour(client.RetourCodes);
        xml.End();
    }

    public static void Client(XmlBericht xml, Client307 client)
    {
        if (client.StopProducten.Count == 0)
            throw new ArgumentException("Een stopbericht (307) heeft minstens één StopProduct.", nameof(client));

        xml.Start("Client");
        xml.Persoon(client.Persoon, volledigeNaam: false);
        xml.Start("StopProducten");
        foreach (var product in client.StopProducten)
        {
            WetCodes.CheckRedenBeeindiging(xml.Wet, product.RedenBeeindiging);
            xml.Start("StopProduct");
            Sleutel(xml, product.ToewijzingNummer, product.Product, product.ToewijzingIngangsdatum);
            xml.Element("Begindatum", product.Begindatum);
            xml.Element("RedenBeeindiging", product.RedenBeeindiging);
            xml.Element("Einddatum", product.Einddatum);
            xml.Element("StatusAanlevering", product.StatusAanlevering);
            xml.RetourCodesInRetour(product.RetourCodes);
            xml.End();
        }
        xml.End();
        xml.RetourCodesInRetour(client.RetourCodes);
        xml.End();
    }

    /// <summary>The toewijzing a start or stop refers to: all three parts optional.</summary>
    private static void Sleutel(XmlBericht xml, int? toewijzingNummer, Product? product, DateOnly? toewijzingIngangsdatum)
    {
        xml.Element("ToewijzingNummer", toewijzingNummer);
        xml.Product(product);
        xml.Element("ToewijzingIngangsdatum", toewijzingIngangsdatum);
    }
}
