namespace Msd.Ingestion.Berichten;

/// <summary>
/// One message read and checked: its row in the bericht table (its identity, for the duplicate check), its
/// rows for the other raw tables and the warnings (deprecated codes) to log when it loads. Rows start with
/// the message's bericht_nr.
/// </summary>
internal sealed class BerichtRecord(long nummer, string positie, BerichtSleutel sleutel, object?[] bericht)
{
    public long Nummer { get; } = nummer;

    public string Positie { get; } = positie;

    public BerichtSleutel Sleutel { get; } = sleutel;

    /// <summary>The row for the bericht table.</summary>
    public object?[] Bericht { get; } = bericht;

    public List<(BerichtTable Table, object?[] Row)> Rows { get; } = [];

    public List<(string Field, string Reason)> Warnings { get; } = [];

    public void Add(BerichtTable table, object?[] row)
    {
        if (row.Length != table.Columns.Length)
            throw new InvalidOperationException($"Rij voor {table.Name} heeft {row.Length} waarden, de tabel {table.Columns.Length} kolommen.");
        Rows.Add((table, row));
    }

    public void Warn(string field, string reason) => Warnings.Add((field, reason));
}

/// <summary>
/// What makes a message unique: its sender, BerichtCode and BerichtIdentificatie (TR056). <see cref="Hash"/>
/// is a stable 64-bit FNV-1a hash of the three, stored with the message so the duplicate check can find
/// candidates by one integer; candidates are then compared in full.
/// </summary>
internal readonly record struct BerichtSleutel(string Afzender, string BerichtCode, string Identificatie)
{
    public long Hash
    {
        get
        {
            var hash = 14695981039346656037UL;
            foreach (var part in (ReadOnlySpan<string>)[Afzender, BerichtCode, Identificatie])
            {
                foreach (var c in part)
                    hash = (hash ^ c) * 1099511628211UL;
                hash = (hash ^ 0x1F) * 1099511628211UL;
            }
            return unchecked((long)hash);
        }
    }

    public override string ToString() => $"afzender {Afzender}, BerichtCode {BerichtCode}, identificatie {Identificatie}";
}
