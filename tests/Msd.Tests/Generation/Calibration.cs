using Msd.Generation;

namespace Msd.Tests.Generation;

/// <summary>Rates measured straight from the world model, the way the published figures define them.</summary>
internal static class Calibration
{
    public static double JeugdhulpShare(SyntheticWorld world, int year)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var clients = world.Care
            .Where(s => s.Wet == "jeugd" && s.Category is not ("47" or "48") && s.Versions.Count > 0 && !s.Deleted)
            .Where(s => s.First.Ingangsdatum <= last && (s.Current.Einddatum ?? DateOnly.MaxValue) >= first && s.Client.AgeOn(last) <= 17)
            .Select(s => s.Client.Id).Distinct().Count();
        return 100.0 * clients / world.Population.CountOn(last, p => p.AgeOn(last) <= 17);
    }

    public static double WmoPer1000(SyntheticWorld world, int year, string? category)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var clients = world.Care
            .Where(s => s.Wet == "wmo" && s.Versions.Count > 0 && !s.Deleted && (category is null || s.Category == category))
            .Where(s => s.First.Ingangsdatum <= last && (s.Current.Einddatum ?? DateOnly.MaxValue) >= first)
            .Select(s => s.Client.Id).Distinct().Count();
        return 1000.0 * clients / world.Population.CountOn(new DateOnly(year, 1, 1));
    }

    public static int BijstandOn(SyntheticWorld world, DateOnly day) =>
        world.Income.Spells.Count(s => s.Begin <= day && (s.End ?? DateOnly.MaxValue) > day);
}
