using System.Security.Cryptography;
using System.Text;

namespace Msd.Privacy;

/// <summary>
/// The municipality's pseudonymisation key, in a file outside the database. The file holds a chain:
/// the first key and one more per rotation. A pseudonym is HMAC-SHA256 under the first key, hashed again
/// under each later key, so rotating re-keys the stored pseudonyms without the BSNs that made them.
/// </summary>
public sealed class PseudonymKey
{
    private const string Header = "# msd pseudonimiseringssleutel: bewaar dit bestand buiten de database en maak er een veilige kopie van.";

    private PseudonymKey(IReadOnlyList<byte[]> chain) => Chain = chain;

    public IReadOnlyList<byte[]> Chain { get; }

    /// <summary>A short fingerprint (not the key) stored in the database, to notice a different key file.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(Chain.SelectMany(k => k).ToArray()))[..16];

    public static PseudonymKey Load(string path)
    {
        if (!File.Exists(path))
            throw new MsdUserException($"De pseudonimiseringssleutel {path} ontbreekt. Maak er een met 'msd key create' (eenmalig), of zet het sleutelbestand terug uit de veilige kopie.");
        var chain = new List<byte[]>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var key = TryDecode(line.Trim());
            if (key is null)
                throw new MsdUserException($"{path}, regel {lineNumber}: geen geldige sleutel (verwacht 32 bytes in base64). Zet het sleutelbestand terug uit de veilige kopie.");
            chain.Add(key);
        }
        if (chain.Count == 0)
            throw new MsdUserException($"{path} bevat geen sleutel. Zet het sleutelbestand terug uit de veilige kopie.");
        return new PseudonymKey(chain);
    }

    /// <summary>Writes a new random key; refuses to overwrite one, since every pseudonym depends on it.</summary>
    public static PseudonymKey Create(string path)
    {
        if (File.Exists(path))
            throw new MsdUserException($"Er is al een sleutel in {path}. Een nieuwe sleutel maakt alle pseudoniemen onbruikbaar; gebruik 'msd key rotate' om van sleutel te wisselen.");
        var key = new PseudonymKey([RandomNumberGenerator.GetBytes(32)]);
        Write(path, key.Chain, createNew: true);
        return key;
    }

    /// <summary>This chain with a new random key at the end; stored pseudonyms must be re-keyed (<see cref="PseudonymRotation"/>).</summary>
    public PseudonymKey Rotated() => new([.. Chain, RandomNumberGenerator.GetBytes(32)]);

    /// <summary>Writes the key file (readable by the owner only), replacing one that is there.</summary>
    public void Save(string path) => Write(path, Chain, createNew: false);

    private static void Write(string path, IReadOnlyList<byte[]> chain, bool createNew)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = createNew ? FileMode.CreateNew : FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var writer = new StreamWriter(new FileStream(path, options), new UTF8Encoding(false));
        writer.WriteLine(Header);
        foreach (var key in chain)
            writer.WriteLine(Convert.ToBase64String(key));
    }

    private static byte[]? TryDecode(string text)
    {
        var buffer = new byte[32];
        return Convert.TryFromBase64String(text, buffer, out var written) && written == 32 ? buffer : null;
    }
}
