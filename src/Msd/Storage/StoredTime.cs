namespace Msd.Storage;

/// <summary>
/// Moments kept in TIMESTAMP columns as UTC wall-clock time. Written without a kind, so neither engine
/// converts them to a session time zone; read back marked as UTC.
/// </summary>
internal static class StoredTime
{
    /// <summary>Now in UTC, cut to microseconds (PostgreSQL's precision) so a value reads back exactly as written.</summary>
    public static DateTime Now()
    {
        var now = DateTime.UtcNow;
        return new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Unspecified);
    }

    public static DateTime AsUtc(DateTime stored) => DateTime.SpecifyKind(stored, DateTimeKind.Utc);
}
