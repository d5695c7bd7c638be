using System.Globalization;
using System.IO.Compression;
using Msd.Generation;
using Msd.IStandaarden;
using Msd.Tests.IStandaarden;
using Msd.Tests.Support;

namespace Msd.Tests.Generation;

/// <summary>Every message the generator writes validates against the official XSD where the reference data has one.</summary>
public sealed class GeneratedMessageTests
{
    [Fact]
    public void Every_generated_message_validates_and_every_message_type_occurs()
    {
        using var dir = new TempDirectory();
        Generator.Run(new GeneratorOptions(dir.Path, 3, GeneratorScale.Gemeenten, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), 0, null));

        var seen = new HashSet<(Wet, int)>();
        var validated = 0;
        foreach (var zip in Directory.EnumerateFiles(dir.Combine("berichten"), "*.zip", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var archive = ZipFile.OpenRead(zip);
            foreach (var entry in archive.Entries)
            {
                var wet = entry.Name.StartsWith("JW", StringComparison.Ordinal) ? Wet.Jeugdwet : Wet.Wmo;
                var number = int.Parse(entry.Name[(wet == Wet.Jeugdwet ? 2 : 3)..entry.Name.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
                seen.Add((wet, number));
                if (!OfficialSchemas.HasXsd(BerichtSoorten.Get(wet, number)))
                    continue;
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                OfficialSchemas.AssertValid(buffer.ToArray(), wet);
                validated++;
            }
        }

        int[] all = [301, 302, 305, 306, 307, 308, 315, 316, 317, 318, 319, 320, 323, 325];
        foreach (var wet in new[] { Wet.Jeugdwet, Wet.Wmo })
            Assert.All(all, n => Assert.Contains((wet, n), seen));
        Assert.True(validated > 10_000, $"{validated} berichten gevalideerd");
    }
}
