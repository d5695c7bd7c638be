namespace Msd.Generation;

/// <summary>
/// What a provider declares (323) for a care spell: per month of delivery the volume of the
/// Omvang, prorated to the days delivered, times the tariff. Shared by the messages, the ledger
/// and the ground truth so they agree to the cent.
/// </summary>
internal static class Declarations
{
    /// <summary>Delivered units and amount (eurocent) for one calendar month.</summary>
    public static (int Units, long Amount) ForMonth(CareSpell spell, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var days = DeliveredDays(spell, first, last);
        if (days == 0)
            return (0, 0);
        var perMonth = spell.Frequency switch
        {
            "1" => spell.Volume * 30.4,
            "2" => spell.Volume * 4.33,
            "4" => spell.Volume,
            _ => spell.Volume / 12.0, // total over the toewijzing: spread over a year
        };
        var units = Math.Max(1, (int)Math.Round(perMonth * days / DateTime.DaysInMonth(year, month)));
        return (units, units * spell.Tariff);
    }

    /// <summary>
    /// When a provider sends the 323 for a month, and when the municipality answers it with the 325
    /// (a few days after the month, then ten days or so), drawn per municipality, law, provider and
    /// month so the messages and the ground truth agree without sharing a stream.
    /// </summary>
    public static (DateOnly Sent, DateOnly Answered) Timing(long seed, string gemeente, string wet, string provider, DateOnly month)
    {
        var random = new SeededRandom(seed, "declaratie", gemeente, wet, provider, month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        var sent = month.AddMonths(1).AddDays(-1).AddDays(random.Next(3, 10));
        return (sent, sent.AddDays(random.Next(5, 14)));
    }

    /// <summary>About 1.5 % of prestaties are rejected in the 325 (volume exceeded, tariff mismatch), drawn per toewijzing and month.</summary>
    public static bool Rejected(long seed, CareSpell spell, DateOnly month) =>
        new SeededRandom(seed, "declaratie-afwijzing", spell.Wet, spell.ToewijzingNummer, month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).Chance(0.015);

    public static long AmountIn(CareSpell spell, DateOnly from, DateOnly to)
    {
        long total = 0;
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
            total += ForMonth(spell, month.Year, month.Month).Amount;
        return total;
    }

    /// <summary>Days in [first, last] on which care was delivered: after the start, before the stop, outside a pause.</summary>
    public static int DeliveredDays(CareSpell spell, DateOnly first, DateOnly last)
    {
        if (spell.DeliveryStart is not { } start)
            return 0;
        var from = start > first ? start : first;
        var to = spell.DeliveryEnd is { } end && end < last ? end : last;
        var days = to.DayNumber - from.DayNumber + 1;
        if (spell.Pause is { } pause)
        {
            var pauseFrom = pause.Stop.AddDays(1) > from ? pause.Stop.AddDays(1) : from;
            var pauseTo = pause.Resume.AddDays(-1) < to ? pause.Resume.AddDays(-1) : to;
            days -= Math.Max(0, pauseTo.DayNumber - pauseFrom.DayNumber + 1);
        }
        return Math.Max(0, days);
    }
}
