using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Msd.Accounts;

/// <summary>
/// Password hashing with PBKDF2-HMAC-SHA256. The stored string names the algorithm and the iteration
/// count (<c>pbkdf2-sha256$210000$salt$hash</c>, base64), so the count can rise later without
/// invalidating older hashes.
/// </summary>
public static class PasswordHash
{
    public const int MinimumLength = 12;

    internal const int Iterations = 210_000;
    private const string Algorithm = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    // a stored count far above anything we write is tampering, not a future upgrade; refusing it keeps a login cheap
    private const int MaximumIterations = 10_000_000;

    // unambiguous characters only (no 0/O, 1/l/I), so a printed password can be typed over
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>The string to store for a new password; a Dutch error when the password is too short.</summary>
    public static string Create(string password)
    {
        CheckStrength(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, Iterations, HashBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Algorithm}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>Whether the password matches the stored string. False, never an exception, for a malformed or tampered string.</summary>
    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Algorithm
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations is < 1 or > MaximumIterations)
            return false;
        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        if (salt.Length < SaltBytes || expected.Length < HashBytes)
            return false;
        return CryptographicOperations.FixedTimeEquals(Derive(password, salt, iterations, expected.Length), expected);
    }

    /// <summary>Refuses a password shorter than <see cref="MinimumLength"/> characters, in Dutch.</summary>
    public static void CheckStrength(string password)
    {
        if (password.Length < MinimumLength)
            throw new MsdUserException($"Het wachtwoord is te kort: gebruik minstens {MinimumLength} tekens (een zin van een paar woorden werkt goed).");
    }

    /// <summary>A new random password of 20 characters (about 116 bits), for an account created without one.</summary>
    public static string Generate() => RandomNumberGenerator.GetString(PasswordAlphabet, 20);

    // the same password typed on different systems can arrive in different Unicode forms
    private static byte[] Derive(string password, byte[] salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password.Normalize(NormalizationForm.FormC)), salt, iterations, HashAlgorithmName.SHA256, length);
}
