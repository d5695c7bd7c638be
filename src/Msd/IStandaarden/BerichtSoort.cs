using System.Globalization;

namespace Msd.IStandaarden;

/// <summary>
/// One message type of one standard in release 3.2, such as iJw JW301 (BerichtCode 436). The
/// namespace URI of the root element identifies it; <see cref="BerichtCode"/> is the check on that.
/// The known types are listed in <see cref="BerichtSoorten"/>.
/// </summary>
/// <param name="Wet">Jeugdwet (iJw) or Wmo (iWmo).</param>
/// <param name="Nummer">The message number shared by both standards: 301, 302, … 325.</param>
/// <param name="BerichtCode">Header/BerichtCode (COD002-VEKT), such as <c>436</c> for JW301.</param>
/// <param name="XsdGepubliceerd">
/// Whether a public XSD confirms the namespace and BerichtCode. False for the iWmo retours and WMO325:
/// their namespace follows the common pattern and their code comes from COD002-VEKT.
/// </param>
public sealed record BerichtSoort(Wet Wet, int Nummer, string BerichtCode, bool XsdGepubliceerd)
{
    /// <summary>The release, also in the namespace as <c>3_2</c>.</summary>
    public string Release => "3.2";

    /// <summary>Header/BerichtVersie, fixed by the XSD pattern.</summary>
    public int BerichtVersie => 3;

    /// <summary>Header/BerichtSubversie, fixed by the XSD pattern.</summary>
    public int BerichtSubversie => 2;

    /// <summary>The conventional name and root prefix in upper case, such as <c>JW301</c> or <c>WMO325</c>.</summary>
    public string Naam => Prefix.ToUpperInvariant();

    /// <summary>The prefix of the message namespace in the example messages: <c>jw301</c>, <c>wmo301</c>, ….</summary>
    public string Prefix => (Wet == Wet.Jeugdwet ? "jw" : "wmo") + Nummer.ToString(CultureInfo.InvariantCulture);

    public string Namespace => $"http://www.istandaarden.nl/{BasisPrefix}/3_2/{Prefix}/schema";

    /// <summary>The prefix of the shared base schema in the example messages: <c>ijw</c> or <c>iwmo</c>.</summary>
    public string BasisPrefix => Wet == Wet.Jeugdwet ? "ijw" : "iwmo";

    /// <summary>The namespace of the base schema, which holds the children of the composite types (CDT_*).</summary>
    public string BasisNamespace => $"http://www.istandaarden.nl/{BasisPrefix}/3_2/basisschema/schema";

    /// <summary>For a retour (302, 306, 308, 316, 318, 320): the number of the heenbericht it returns.</summary>
    public int? RetourOp => Nummer is 302 or 306 or 308 or 316 or 318 or 320 ? Nummer - 1 : null;

    public bool IsRetour => RetourOp is not null;

    /// <summary>
    /// Whether Header/Afzender holds a gemeentecode (4 digits) rather than an AGB code (8 digits). A retour
    /// keeps the header of its heenbericht, so in a 302 the gemeente is Afzender although the aanbieder sends it.
    /// </summary>
    public bool AfzenderIsGemeente => Nummer is 301 or 302 or 319 or 320 or 325;

    public override string ToString() => $"{Naam} ({(Wet == Wet.Jeugdwet ? "iJw" : "iWmo")} {Release}, BerichtCode {BerichtCode})";
}
