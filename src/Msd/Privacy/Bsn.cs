namespace Msd.Privacy;

/// <summary>
/// The burgerservicenummer: nine digits that pass the 11-proef
/// (9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11, and not 0).
/// </summary>
public static class Bsn
{
    public static bool IsValid(ReadOnlySpan<char> bsn)
    {
        if (bsn.Length != 9)
            return false;
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var digit = bsn[i] - '0';
            if (digit is < 0 or > 9)
                return false;
            sum += (i == 8 ? -1 : 9 - i) * digit;
        }
        return sum != 0 && sum % 11 == 0;
    }

    /// <summary>
    /// Completes eight leading digits (10000000–99999999) to a BSN by adding the check digit the
    /// 11-proef demands; false for the one prefix in eleven where no digit works.
    /// </summary>
    public static bool TryComplete(int prefix, out string bsn)
    {
        Span<char> digits = stackalloc char[9];
        prefix.TryFormat(digits, out _, "D8", System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 8; i++)
            sum += (9 - i) * (digits[i] - '0');
        // no digit works when the remainder is 10; a weighted sum below 11 would make the total 0, which IsValid refuses
        var check = sum % 11;
        var ok = check != 10 && sum >= 11;
        digits[8] = (char)('0' + check);
        bsn = ok ? new string(digits) : "";
        return ok;
    }

    /// <summary>A nine-digit number that fails the 11-proef (a valid one with its last digit changed), for injected defects.</summary>
    public static string Invalidate(string valid) => valid[..8] + (char)('0' + ((valid[8] - '0' + 1) % 10));
}
