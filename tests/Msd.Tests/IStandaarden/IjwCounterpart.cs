using System.Xml.Linq;
using Msd.IStandaarden;

namespace Msd.Tests.IStandaarden;

/// <summary>
/// Turns an iWmo message into its iJw counterpart so the iJw XSD can check its structure where no iWmo
/// XSD is public: the namespaces and BerichtCode become those of iJw, and the values of the two code
/// lists that differ (Productcategorie, RedenBeeindiging) become a valid iJw code. Everything else
/// (element order, cardinality, the other datatypes) is checked as written.
/// </summary>
internal static class IjwCounterpart
{
    public static byte[] From(XDocument wmo, BerichtSoort soort)
    {
        var jw = BerichtSoorten.Get(Wet.Jeugdwet, soort.Nummer);
        XNamespace wmoNs = soort.Namespace, wmoBasis = soort.BasisNamespace, jwNs = jw.Namespace, jwBasis = jw.BasisNamespace;
        var root = new XElement(wmo.Root!);
        root.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Name.Namespace == wmoNs)
                element.Name = jwNs + element.Name.LocalName;
            else if (element.Name.Namespace == wmoBasis)
                element.Name = jwBasis + element.Name.LocalName;

            if (element.HasElements)
                continue;
            element.Value = element.Name.LocalName switch
            {
                "BerichtCode" => jw.BerichtCode,
                "Categorie" or "ProductCategorie" => "45",
                "RedenBeeindiging" when !WetCodes.RedenenBeeindiging(Wet.Jeugdwet).Contains(element.Value) => "31",
                _ => element.Value,
            };
        }
        root.Add(new XAttribute(XNamespace.Xmlns + jw.BasisPrefix, jwBasis.NamespaceName), new XAttribute(XNamespace.Xmlns + jw.Prefix, jwNs.NamespaceName));
        using var stream = new MemoryStream();
        new XDocument(root).Save(stream);
        return stream.ToArray();
    }
}
