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

    public PseudonymKey Key { get; } = key;

    /// <summary>The pseudonym of a BSN the caller has checked with the 11-proef.</summary>
    public string Bsn(string bsn) => Of("bsn", bsn);

    /// <summary>The pseudonym of a household, from its postcode and house number (with addition).</summary>
    public string Household(string postcode, string houseNumber) => Of("huishouden", Address.HouseholdKey(postcode, houseNumber));

    public string Of(string kind, string value)
    {
        Span<byte> hash = stackalloc byte[32];
        var input = Encoding.UTF8.GetBytes(kind + ":" + value);
        HMACSHA256.HashData(Key.Chain[0], input, hash);
        for (var i = 1; i < Key.Chain.Count; i++)
            HMACSHA256.HashData(Key.Chain[i], Encoding.ASCII.GetBytes(Convert.ToHexStringLower(hash[..Length])), hash);
        return Convert.ToHexStringLower(hash[..Length]);
    }

    /// <summary>A stored pseudonym re-keyed under the newest key of the chain (after a rotation).</summary>
    public string Rekey(string pseudonym)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(Key.Chain[^1], Encoding.ASCII.GetBytes(pseudonym), hash);
        return Convert.ToHexStringLower(hash[..Length]);
    }
}
