using System.Security.Cryptography;
using System.Text;

namespace Msd.Privacy;

/// <summary>
/// Turns identifiers into pseudonyms at the door: HMAC-SHA256 with the municipality's key, written
/// as 32 hex characters. The kind (bsn, huishouden, a dataset column) is part of the input, so a
/// dossier number and a BSN with the same digits never share a pseudonym, while the same BSN gives
/// the same pseudonym in every source: that is what links a person across datasets.
/// </summary>
public sealed class Pseudonymiser(PseudonymKey key)
{
    private const int Length = 16;

    // monthly extracts name the same people again and again; a bounded cache keeps memory flat
    private const int CacheLimit = 500_000;

    [ThreadStatic]
    private static (PseudonymKey Key, IncrementalHash[] Hmacs)? t_hmacs;

    private readonly Dictionary<(string, string), string> _cache = [];
    private readonly Lock _cacheLock = new();

    public PseudonymKey Key { get; } = key;

    /// <summary>The pseudonym of a BSN the caller has checked with the 11-proef.</summary>
    public string Bsn(string bsn) => Of("bsn", bsn);

    /// <summary>The pseudonym of a household, from its postcode and house number (with addition).</summary>
    public string Household(string postcode, string houseNumber) => Of("huishouden", Address.HouseholdKey(postcode, houseNumber));

    public string Of(string kind, string value)
    {
        lock (_cacheLock)
        {
            if (_cache.TryGetValue((kind, value), out var known))
                return known;
        }
        var hmacs = Hmacs();
        Span<byte> hash = stackalloc byte[32];
        Span<byte> hex = stackalloc byte[Length * 2];
        hmacs[0].AppendData(Encoding.UTF8.GetBytes(kind + ":" + value));
        hmacs[0].GetHashAndReset(hash);
        for (var i = 1; i < hmacs.Length; i++)
        {
            Hex(hash[..Length], hex);
            hmacs[i].AppendData(hex);
            hmacs[i].GetHashAndReset(hash);
        }
        var pseudonym = Convert.ToHexStringLower(hash[..Length]);
        lock (_cacheLock)
        {
            if (_cache.Count >= CacheLimit)
                _cache.Clear();
            _cache[(kind, value)] = pseudonym;
        }
        return pseudonym;
    }

    /// <summary>A stored pseudonym re-keyed under the newest key of the chain (after a rotation).</summary>
    public string Rekey(string pseudonym)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(Key.Chain[^1], Encoding.ASCII.GetBytes(pseudonym), hash);
        return Convert.ToHexStringLower(hash[..Length]);
    }

    // an HMAC per key of the chain, reused: setting up the key per call costs more than the hash
    private IncrementalHash[] Hmacs()
    {
        if (t_hmacs is { } cached && ReferenceEquals(cached.Key, Key))
            return cached.Hmacs;
        var hmacs = Key.Chain.Select(k => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, k)).ToArray();
        t_hmacs = (Key, hmacs);
        return hmacs;
    }

    private static void Hex(ReadOnlySpan<byte> bytes, Span<byte> hex)
    {
        const string digits = "0123456789abcdef";
        for (var i = 0; i < bytes.Length; i++)
        {
            hex[2 * i] = (byte)digits[bytes[i] >> 4];
            hex[(2 * i) + 1] = (byte)digits[bytes[i] & 0xF];
        }
    }
}
