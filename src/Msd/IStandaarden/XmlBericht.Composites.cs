namespace Msd.IStandaarden;

/// <summary>The header and the composite types (CDT_*) that several messages share, in XSD sequence order.</summary>
internal sealed partial class XmlBericht
{
    /// <summary>The heenbericht header; a retour or 325 continues it with its own fields before closing it.</summary>
    public void HeaderFields(Header header)
    {
        Element("BerichtCode", Soort.BerichtCode);
        Element("BerichtVersie", Soort.BerichtVersie);
        Element("BerichtSubversie", Soort.BerichtSubversie);
        Element("Afzender", header.Afzender);
        Element("Ontvanger", header.Ontvanger);
        Start("BerichtIdentificatie");
        Basis("Identificatie", header.Identificatie);
        Basis("Dagtekening", header.Dagtekening);
        End();
        XsdVersie("XsdVersie", header.XsdVersie);
    }

    public void Header(Header header)
    {
        Start("Header");
        HeaderFields(header);
        End();
    }

    public void RetourHeader(Header header, RetourHeader retour)
    {
        Start("Header");
        HeaderFields(header);
        Element("IdentificatieRetour", retour.IdentificatieRetour);
        Element("DagtekeningRetour", retour.DagtekeningRetour);
        Element("XsltVersie", retour.XsltVersie);
        XsdVersie("XsdVersieRetour", retour.XsdVersieRetour);
        if (retour.RetourCodes is { Count: > 0 } codes)
            RetourCodes(codes);
        End();
    }

    public void XsdVersie(string name, XsdVersie versie)
    {
        Start(name);
        Basis("BasisschemaXsdVersie", versie.BasisschemaXsdVersie);
        Basis("BerichtXsdVersie", versie.BerichtXsdVersie);
        End();
    }

    /// <summary>Bsn, Geboortedatum, Geslacht and Naam; the full name (CDT_VolledigeNaam) only in 301.</summary>
    public void Persoon(Persoon persoon, bool volledigeNaam)
    {
        Element("Bsn", persoon.Bsn);
        Geboortedatum(persoon.Geboortedatum);
        Element("Geslacht", persoon.Geslacht);
        Naam(persoon.Naam, volledigeNaam);
    }

    public void Geboortedatum(Geboortedatum geboortedatum)
    {
        Start("Geboortedatum");
        Basis("Datum", geboortedatum.Datum);
        Basis("DatumGebruik", geboortedatum.DatumGebruik);
        End();
    }

    public void Naam(Naam naam, bool volledig)
    {
        Start("Naam");
        Achternaam("Geslachtsnaam", naam.Geslachtsnaam);
        if (volledig && naam.Partnernaam is { } partner)
            Achternaam("Partnernaam", partner);
        Basis("Voornamen", naam.Voornamen);
        Basis("Voorletters", naam.Voorletters);
        if (volledig)
            Basis("NaamGebruik", naam.NaamGebruik);
        End();
    }

    private void Achternaam(string name, Achternaam achternaam)
    {
        StartBasis(name);
        Basis("Achternaam", achternaam.Naam);
        Basis("Voorvoegsel", achternaam.Voorvoegsel);
        End();
    }

    public void Product(Product? product)
    {
        if (product is null)
            return;
        WetCodes.CheckProductCategorie(Wet, product.Categorie);
        Start("Product");
        Basis("Categorie", product.Categorie);
        Basis("Code", product.Code);
        End();
    }

    public void Omvang(Omvang? omvang)
    {
        if (omvang is null)
            return;
        Start("Omvang");
        Basis("Volume", omvang.Volume);
        Basis("Eenheid", omvang.Eenheid);
        Basis("Frequentie", omvang.Frequentie);
        End();
    }

    public void Periode(string name, Periode periode)
    {
        Start(name);
        Basis("Begindatum", periode.Begindatum);
        Basis("Einddatum", periode.Einddatum);
        End();
    }

    public void Bedrag(string name, BedragMetDC bedrag, bool totaal)
    {
        Start(name);
        Basis(totaal ? "TotaalBedrag" : "Bedrag", bedrag.Eurocent);
        Basis("DebetCredit", bedrag.DebetCredit);
        End();
    }

    /// <summary>In a retour only: the RetourCodes an item carries as its last child.</summary>
    public void RetourCodesInRetour(IReadOnlyList<string>? codes)
    {
        if (Soort.IsRetour)
            RetourCodes(codes);
    }

    /// <summary>RetourCodes with at least one RetourCode; no codes means <c>0200</c> (geen opmerkingen).</summary>
    public void RetourCodes(IReadOnlyList<string>? codes)
    {
        Start("RetourCodes");
        if (codes is null or { Count: 0 })
        {
            Element("RetourCode", "0200");
        }
        else
        {
            foreach (var code in codes)
                Element("RetourCode", code);
        }
        End();
    }
}
