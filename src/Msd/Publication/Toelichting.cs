namespace Msd.Publication;

/// <summary>
/// The municipality's own explanation with a KPI for a period and area (<see cref="AreaCode"/> empty: all
/// areas). <see cref="Text"/> is plain text as the author typed it; a page must escape it.
/// </summary>
public sealed record Toelichting(long Id, string KpiId, string Period, string AreaCode, string Text, string Author, string AuthorDisplayName, DateTime CreatedAt);
