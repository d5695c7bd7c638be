namespace Msd.Catalog;

/// <summary>A place in a catalogue or workspace file, 1-based, as editors show it.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");
}

/// <summary>A value read from a file together with where it was written.</summary>
public sealed record Located<T>(T Value, SourceLocation At);
