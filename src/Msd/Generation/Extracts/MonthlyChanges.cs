namespace Msd.Generation.Extracts;

/// <summary>Which row, if any, a record gets in the mutation file of one month.</summary>
internal enum MonthlyChange
{
    None,
    New,
    Changed,
}

internal static class MonthlyChanges
{
    /// <summary>
    /// New in the month it was registered (records registered before the run are all new in the
    /// first month: the starting position), changed in a later month in which one of its events
    /// falls, otherwise no row.
    /// </summary>
    public static MonthlyChange Of(DateOnly registered, DateOnly firstMonth, DateOnly month, params ReadOnlySpan<DateOnly?> events)
    {
        var last = ExtractRun.LastDay(month);
        if (registered > last)
            return MonthlyChange.None;
        if (registered >= month || (month == firstMonth && registered < firstMonth))
            return MonthlyChange.New;
        foreach (var day in events)
        {
            if (day >= month && day <= last)
                return MonthlyChange.Changed;
        }
        return MonthlyChange.None;
    }

    /// <summary>The row in a full extract: the record runs (or ended) in the month.</summary>
    public static bool RunsIn(DateOnly begin, DateOnly? end, DateOnly month) =>
        begin <= ExtractRun.LastDay(month) && (end is null || end >= month);

    /// <summary>The latest event in the month, the day a change was registered.</summary>
    public static DateOnly LatestIn(DateOnly month, DateOnly fallback, params ReadOnlySpan<DateOnly?> events)
    {
        var last = ExtractRun.LastDay(month);
        var latest = fallback;
        foreach (var day in events)
        {
            if (day is { } d && d >= month && d <= last && d > latest)
                latest = d;
        }
        return latest;
    }
}
