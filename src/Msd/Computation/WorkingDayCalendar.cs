using Msd.Deadlines;
using Msd.Storage;

namespace Msd.Computation;

/// <summary>
/// The working-day calendar as a table, so deadline KPIs count working days in SQL: per day the number
/// of working days from the start of the calendar up to and including it. Working days between two
/// dates are then one subtraction, on DuckDB and PostgreSQL alike.
/// </summary>
public static class WorkingDayCalendar
{
    public const string Table = "msd_working_day";

    public static readonly DateOnly First = new(1990, 1, 1);
    public static readonly DateOnly Last = new(2060, 12, 31);

    /// <summary>Fills the calendar once (schema 0005 creates the empty table).</summary>
    public static async Task EnsureAsync(Database database, CancellationToken cancellationToken)
    {
        if (await database.ScalarAsync<long>($"SELECT count(*) FROM {Table}", null, cancellationToken) > 0)
            return;
        await database.BulkInsertAsync(Table, ["day", "working_days"], Days(), cancellationToken);
    }

    private static IEnumerable<object?[]> Days()
    {
        var count = 0;
        for (var day = First; day <= Last; day = day.AddDays(1))
        {
            if (WorkingDays.IsWorkingDay(day))
                count++;
            yield return [day, count];
        }
    }
}
