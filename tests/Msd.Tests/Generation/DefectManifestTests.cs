using System.IO.Compression;
using System.Xml;
using Msd.Generation;
using Msd.Tests.Support;

namespace Msd.Tests.Generation;

/// <summary>Every injected defect is listed where it really is, so later layers can prove they catch it.</summary>
public sealed class DefectManifestTests
{
    [Fact]
    public void Each_listed_message_defect_is_present_at_its_position()
    {
        using var dir = new TempDirectory();
        Generator.Run(new GeneratorOptions(dir.Path, 11, GeneratorScale.Gemeenten, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), 0.01, null));

        var rows = File.ReadAllLines(dir.Combine("controle", "defecten.csv")).Skip(1).Select(ParseCsv).ToList();
        string[] kinds = ["ongeldig-bsn", "onbekende-productcategorie", "dubbel-bericht", "oude-release", "afgekapt-bestand", "305-zonder-301"];
        Assert.All(kinds, k => Assert.Contains(rows, r => r[1] == k));
        foreach (var row in rows.Where(r => r[2].EndsWith(".zip", StringComparison.Ordinal)))
        {
            using var archive = ZipFile.OpenRead(dir.Combine(row[2]));
            var entry = archive.GetEntry(row[3]);
            Assert.NotNull(entry);
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            switch (row[1])
            {
                case "afgekapt-bestand":
                    Assert.ThrowsAny<XmlException>(() => new XmlDocument().LoadXml(xml));
                    break;
                case "oude-release":
                    Assert.Contains("/3_1/", xml, StringComparison.Ordinal);
                    break;
                case "onbekende-productcategorie":
                    Assert.Contains("Categorie>99<", xml, StringComparison.Ordinal);
                    break;
                case "ongeldig-bsn":
                    var bsn = xml[(xml.IndexOf("Bsn>", StringComparison.Ordinal) + 4)..][..9];
                    Assert.False(Msd.Privacy.Bsn.IsValid(bsn), bsn);
                    break;
            }
        }
    }

    [Fact]
    public void Without_defects_the_manifest_is_empty()
    {
        using var dir = new TempDirectory();
        Generator.Run(new GeneratorOptions(dir.Path, 11, GeneratorScale.Gemeenten, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), 0, null));

        Assert.Equal([DefectPlan.Header], File.ReadAllLines(dir.Combine("controle", "defecten.csv")));
    }

    private static string[] ParseCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
                (current, i) = (current.Append('"'), i + 1);
            else if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
                (fields, current) = (fields.Append(current.ToString()).ToList(), new System.Text.StringBuilder());
            else
                current.Append(c);
        }
        fields.Add(current.ToString());
        return [.. fields];
    }
}
