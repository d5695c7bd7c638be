namespace Msd.IStandaarden;

/// <summary>The Client of a 301 and 302, in XSD sequence order; a 302 adds RetourCodes on five levels.</summary>
internal static class ToewijzingBody
{
    public static void Client(XmlBericht xml, Client301 client)
    {
        if (client.Contactgegevens.Count == 0 || client.ToegewezenProducten.Count == 0)
            throw new ArgumentException("Een toewijzing (301) heeft minstens één Contact en één ToegewezenProduct.", nameof(client));

        xml.Start("Client");
        xml.Persoon(client.Persoon, volledigeNaam: true);
        if (client.Communicatie is { } communicatie)
        {
            xml.Start("Communicatie");
            xml.Basis("Vorm", communicatie.Vorm);
            xml.Basis("Taal", communicatie.Taal);
            xml.End();
        }
        xml.Element("JuridischeStatus", client.JuridischeStatus);
        xml.Element("WettelijkeVertegenwoordiging", client.WettelijkeVertegenwoordiging);
        xml.Element("Commentaar", client.Commentaar);
        if (client.Relaties.Count > 0)
        {
            xml.Start("Relaties");
            foreach (var relatie in client.Relaties)
                Relatie(xml, relatie);
            xml.End();
        }
        xml.Start("Contactgegevens");
        foreach (var contact in client.Contactgegevens)
            Contact(xml, contact);
        xml.End();
        xml.Start("ToegewezenProducten");
        foreach (var product in client.ToegewezenProducten)
            ToegewezenProduct(xml, product);
        xml.End();
        xml.RetourCodesInRetour(client.RetourCodes);
        xml.End();
    }

    private static void Relatie(XmlBericht xml, Relatie relatie)
    {
        xml.Start("Relatie");
        xml.Element("Nummer", relatie.Nummer);
        xml.Element("Volgorde", relatie.Volgorde);
        xml.Element("Soort", relatie.Soort);
        if (relatie.Geboortedatum is { } geboortedatum)
            xml.Geboortedatum(geboortedatum);
        xml.Element("Geslacht", relatie.Geslacht);
        xml.Naam(relatie.Naam, volledig: true);
        Contact(xml, relatie.Contact);
        xml.RetourCodesInRetour(relatie.RetourCodes);
        xml.End();
    }

    private static void Contact(XmlBericht xml, Contact contact)
    {
        xml.Start("Contact");
        xml.Element("Soort", contact.Soort);
        if (contact.Adres is { } adres)
            Adres(xml, adres);
        xml.Element("Organisatie", contact.Organisatie);
        if (contact.Telefoon is { } telefoon)
        {
            xml.Start("Telefoon");
            Telefoon(xml, "Telefoon01", telefoon);
            if (contact.Telefoon2 is { } telefoon2)
                Telefoon(xml, "Telefoon02", telefoon2);
            xml.End();
        }
        xml.Element("Emailadres", contact.Emailadres);
        if (contact.PeriodeBegindatum is not null || contact.PeriodeEinddatum is not null)
        {
            xml.Start("Periode");
            xml.Basis("Begindatum", contact.PeriodeBegindatum);
            xml.Basis("Einddatum", contact.PeriodeEinddatum);
            xml.End();
        }
        xml.RetourCodesInRetour(contact.RetourCodes);
        xml.End();
    }

    private static void Adres(XmlBericht xml, Adres adres)
    {
        xml.Start("Adres");
        if (adres.Huisnummer is { } huisnummer)
        {
            xml.StartBasis("Huis");
            xml.Basis("Huisnummer", huisnummer);
            xml.Basis("Huisletter", adres.Huisletter);
            xml.Basis("HuisnummerToevoeging", adres.HuisnummerToevoeging);
            xml.Basis("AanduidingWoonadres", adres.AanduidingWoonadres);
            xml.End();
        }
        else if (adres.Huisletter is not null || adres.HuisnummerToevoeging is not null || adres.AanduidingWoonadres is not null)
        {
            throw new ArgumentException("Huisletter, HuisnummerToevoeging en AanduidingWoonadres horen bij een Huisnummer.", nameof(adres));
        }
        xml.Basis("Postcode", adres.Postcode);
        xml.Basis("Straatnaam", adres.Straatnaam);
        xml.Basis("Plaatsnaam", adres.Plaatsnaam);
        xml.Basis("LandCode", adres.LandCode);
        xml.End();
    }

    private static void Telefoon(XmlBericht xml, string name, Telefoon telefoon)
    {
        xml.StartBasis(name);
        xml.Basis("Telefoonnummer", telefoon.Telefoonnummer);
        xml.Basis("Landnummer", telefoon.Landnummer);
        xml.End();
    }

    private static void ToegewezenProduct(XmlBericht xml, ToegewezenProduct product)
    {
        xml.Start("ToegewezenProduct");
        xml.Element("ToewijzingNummer", product.ToewijzingNummer);
        xml.Element("ReferentieAanbieder", product.ReferentieAanbieder);
        xml.Product(product.Product);
        xml.Element("Toewijzingsdatum", product.Toewijzingsdatum);
        xml.Element("Toewijzingstijd", product.Toewijzingstijd);
        xml.Element("Ingangsdatum", product.Ingangsdatum);
        xml.Element("Einddatum", product.Einddatum);
        xml.Element("RedenWijziging", product.RedenWijziging);
        xml.Omvang(product.Omvang);
        xml.Element("Budget", product.Budget);
        xml.Element("Commentaar", product.Commentaar);
        xml.RetourCodesInRetour(product.RetourCodes);
        xml.End();
    }
}
