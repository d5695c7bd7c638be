namespace Msd.Ingestion.Berichten;

/// <summary>
/// The open elements of a message from the root down, by local name: where the parser is. Handlers
/// match a value by its own name and its parents (Client/Geboortedatum/Datum is the client's birth date,
/// Relatie/Geboortedatum/Datum is not).
/// </summary>
internal sealed class ElementPath
{
    private string[] _names = new string[16];

    public int Depth { get; private set; }

    public string Name => Up(0);

    public string Parent => Up(1);

    public string GrandParent => Up(2);

    /// <summary>The element <paramref name="levels"/> above the current one; empty above the root.</summary>
    public string Up(int levels) => Depth - 1 - levels >= 0 ? _names[Depth - 1 - levels] : "";

    public void Push(string name)
    {
        if (Depth == _names.Length)
            Array.Resize(ref _names, Depth * 2);
        _names[Depth++] = name;
    }

    public void Pop() => Depth--;

    public void Clear() => Depth = 0;

    /// <summary>Every open element from the root, for a message about a file that stops in the middle.</summary>
    public string Open() => string.Join('/', _names, 0, Depth);

    /// <summary>The path below the root element, as the XSD names it: Client/ToegewezenProducten/ToegewezenProduct/Budget.</summary>
    public override string ToString() => Depth <= 1 ? "Bericht" : string.Join('/', _names, 1, Depth - 1);
}
