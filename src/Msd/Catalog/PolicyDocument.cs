namespace Msd.Catalog;

/// <summary>A policy document, law or indicator set whose goals the KPIs measure.</summary>
public sealed record PolicyDocument(
    string Id,
    string Title,
    string Kind,
    string AdoptedBy,
    DateOnly? AdoptedOn,
    string? Link,
    string? Description,
    IReadOnlyList<PolicyGoal> Goals,
    SourceLocation At);

/// <summary>
/// A goal from a policy document. <see cref="ToBeConfirmed"/> marks goals we wrote on the
/// municipality's behalf that it still has to confirm against its own adopted text.
/// </summary>
public sealed record PolicyGoal(
    string Id,
    string DocumentId,
    string Text,
    string? Reference,
    string Domain,
    bool ToBeConfirmed,
    SourceLocation At);
