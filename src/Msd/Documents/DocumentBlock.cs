namespace Msd.Documents;

/// <summary>
/// A formal document as a list of blocks, written once and rendered as HTML or DOCX, so both say exactly the same.
/// </summary>
public abstract record DocumentBlock;

/// <summary>A heading; level 1 is the document title.</summary>
public sealed record Heading(int Level, string Text) : DocumentBlock;

public sealed record Paragraph(string Text) : DocumentBlock;

public sealed record BulletList(IReadOnlyList<string> Items) : DocumentBlock;

/// <summary>A table with a caption, one header row and text cells.</summary>
public sealed record TableBlock(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;
