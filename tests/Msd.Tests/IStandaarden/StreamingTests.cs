using System.Diagnostics;
using Msd.IStandaarden;

namespace Msd.Tests.IStandaarden;

public sealed class StreamingTests
{
    [Fact]
    public void A_large_declaratie_is_written_from_a_lazy_sequence_enumerated_once()
    {
        const int clients = 5_000;
        var enumerations = 0;
        IEnumerable<DeclaratieClient> Clienten()
        {
            enumerations++;
            for (var i = 0; i < clients; i++)
                yield return new DeclaratieClient(Voorbeelden.Bsn(1000 + (i * 3)), Voorbeelden.Declaratieclienten(Wet.Wmo)[i % 3].Prestaties);
        }
        var bericht = Voorbeelden.Declaratie(Wet.Wmo);
        var groot = bericht with { Declaratie = bericht.Declaratie with { Clienten = Clienten() } };
        using var file = new MemoryStream();

        var clock = Stopwatch.StartNew();
        BerichtWriter.Write323(file, groot);
        clock.Stop();

        Assert.Equal(1, enumerations);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Schrijven van {clients} cliënten duurde {clock.Elapsed}.");
        OfficialSchemas.AssertValid(file.ToArray(), Wet.Wmo);
    }

    [Fact]
    public void The_writer_leaves_the_stream_open_and_appends_at_its_position()
    {
        using var stream = new MemoryStream();
        stream.Write("xx"u8);

        BerichtWriter.Write319(stream, Voorbeelden.Antwoord(Wet.Wmo));

        Assert.True(stream.CanWrite);
        Assert.Equal(Voorbeelden.Write(Wet.Wmo, 319), stream.ToArray()[2..]);
    }
}
