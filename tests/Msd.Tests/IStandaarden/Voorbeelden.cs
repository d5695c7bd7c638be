using System.Globalization;
using Msd.IStandaarden;

namespace Msd.Tests.IStandaarden;

/// <summary>
/// Realistic synthetic messages for every message type of both laws: Jeugdwet between Hoogeveen (0118) and
/// a youth-care provider, Wmo between De Wolden (1690) and a support provider. Several items per message
/// and the edge cases the KPI layer must handle. Names, BSNs and AGB codes are made up.
/// </summary>
internal static partial class Voorbeelden
{
    public const string Hoogeveen = "0118";
    public const string DeWolden = "1690";
    public const string Jeugdaanbieder = "41410017";
    public const string Wmoaanbieder = "75750003";

    /// <summary>The day the messages are made; everything else is dated relative to it.</summary>
    public static readonly DateOnly Dag = new(2026, 4, 1);

    /// <summary>Every message number of release 3.2.</summary>
    public static readonly int[] Nummers = [301, 302, 305, 306, 307, 308, 315, 316, 317, 318, 319, 320, 323, 325];

    public static TheoryData<Wet, int> AlleSoorten()
    {
        var data = new TheoryData<Wet, int>();
        foreach (var wet in new[] { Wet.Jeugdwet, Wet.Wmo })
        {
            foreach (var nummer in Nummers)
                data.Add(wet, nummer);
        }
        return data;
    }

    /// <summary>The example of one message type, written.</summary>
    public static byte[] Write(Wet wet, int nummer) => nummer switch
    {
        301 => Bytes(s => BerichtWriter.Write301(s, Toewijzing(wet))),
        302 => Bytes(s => BerichtWriter.Write302(s, ToewijzingRetour(wet))),
        305 => Bytes(s => BerichtWriter.Write305(s, Start(wet))),
        306 => Bytes(s => BerichtWriter.Write306(s, StartRetour(wet))),
        307 => Bytes(s => BerichtWriter.Write307(s, Stop(wet))),
        308 => Bytes(s => BerichtWriter.Write308(s, StopRetour(wet))),
        315 => Bytes(s => BerichtWriter.Write315(s, VerzoekOmToewijzing(wet))),
        316 => Bytes(s => BerichtWriter.Write316(s, VerzoekOmToewijzingRetour(wet))),
        317 => Bytes(s => BerichtWriter.Write317(s, VerzoekOmWijziging(wet))),
        318 => Bytes(s => BerichtWriter.Write318(s, VerzoekOmWijzigingRetour(wet))),
        319 => Bytes(s => BerichtWriter.Write319(s, Antwoord(wet))),
        320 => Bytes(s => BerichtWriter.Write320(s, AntwoordRetour(wet))),
        323 => Bytes(s => BerichtWriter.Write323(s, Declaratie(wet))),
        325 => Bytes(s => BerichtWriter.Write325(s, DeclaratieAntwoord(wet))),
        _ => throw new ArgumentOutOfRangeException(nameof(nummer)),
    };

    public static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    public static string Gemeente(Wet wet) => wet == Wet.Jeugdwet ? Hoogeveen : DeWolden;

    public static string Aanbieder(Wet wet) => wet == Wet.Jeugdwet ? Jeugdaanbieder : Wmoaanbieder;

    public static Header VanGemeente(Wet wet, string identificatie) => new(Gemeente(wet), Aanbieder(wet), identificatie, Dag);

    public static Header VanAanbieder(Wet wet, string identificatie) => new(Aanbieder(wet), Gemeente(wet), identificatie, Dag);

    public static RetourHeader RetourHeader(string identificatie) => new(identificatie, Dag.AddDays(1)) { RetourCodes = ["0200"] };

    /// <summary>
    /// A synthetic BSN that passes the 11-proef: 99 and a six-digit number, then the check digit. Numbers whose
    /// check digit would be 10 take the next free one, so different sequence numbers can share a BSN.
    /// </summary>
    public static string Bsn(int volgnummer)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(volgnummer, 999_990);
        for (var n = volgnummer; ; n++)
        {
            var prefix = "99" + n.ToString("000000", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
                sum += (prefix[i] - '0') * (9 - i);
            var check = sum % 11;
            if (check < 10)
                return prefix + check.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>A child for Jeugdwet, an adult for Wmo.</summary>
    public static Persoon Client(Wet wet, int volgnummer) => wet == Wet.Jeugdwet
        ? new(Bsn(volgnummer), new Geboortedatum(new DateOnly(2013, 9, 14)), "2",
            new Naam(new Achternaam("Boer", "de"), "Sanne Femke", "SF"))
        : new(Bsn(volgnummer), new Geboortedatum(new DateOnly(1941, 1, 1), DatumGebruik: "2"), "1",
            new Naam(new Achternaam("Veen", "van der"), "Hendrik", "H") { Partnernaam = new Achternaam("Mulder"), NaamGebruik = "4" });

    /// <summary>Products that exist in each law: ambulant/begeleiding, verblijf/huishouden, ggz/dagbesteding, jeugdbescherming/beschermd wonen.</summary>
    public static Product Product(Wet wet, int variant) => (wet, variant) switch
    {
        (Wet.Jeugdwet, 0) => new("45", "45A03"),
        (Wet.Jeugdwet, 1) => new("43", "43A05"),
        (Wet.Jeugdwet, 2) => new("54", "54001"),
        (Wet.Jeugdwet, _) => new("48", "48A01"),
        (_, 0) => new("02", "02A05"),
        (_, 1) => new("01", "01A01"),
        (_, 2) => new("07", "07A02"),
        _ => new("15", "15A01"),
    };
}
