using Msd.Accounts;

namespace Msd.Tests.Accounts;

public sealed class PasswordHashTests
{
    private const string Password = "correct paard batterij nietje";

    [Fact]
    public void A_hash_verifies_the_password_it_was_made_from()
    {
        var stored = PasswordHash.Create(Password);

        Assert.True(PasswordHash.Verify(Password, stored));
    }

    [Fact]
    public void A_wrong_password_does_not_verify()
    {
        var stored = PasswordHash.Create(Password);

        Assert.False(PasswordHash.Verify("correct paard batterij nietjE", stored));
        Assert.False(PasswordHash.Verify("", stored));
    }

    [Fact]
    public void The_stored_string_names_algorithm_iterations_salt_and_hash()
    {
        var stored = PasswordHash.Create(Password);

        var parts = stored.Split('$');
        Assert.Equal(4, parts.Length);
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.Equal("210000", parts[1]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
        Assert.DoesNotContain(Password, stored, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_password_gets_a_different_salt_each_time()
    {
        Assert.NotEqual(PasswordHash.Create(Password), PasswordHash.Create(Password));
    }

    [Fact]
    public void A_tampered_or_malformed_hash_never_verifies_and_never_throws()
    {
        var parts = PasswordHash.Create(Password).Split('$');
        var hash = Convert.FromBase64String(parts[3]);
        hash[0] ^= 1;

        string[] tampered =
        [
            string.Join('$', parts[0], parts[1], parts[2], Convert.ToBase64String(hash)),
            string.Join('$', parts[0], "209999", parts[2], parts[3]),
            string.Join('$', parts[0], parts[1], Convert.ToBase64String(new byte[16]), parts[3]),
            string.Join('$', "pbkdf2-sha1", parts[1], parts[2], parts[3]),
            string.Join('$', parts[0], "999999999", parts[2], parts[3]),
            string.Join('$', parts[0], parts[1], "geen base64!", parts[3]),
            string.Join('$', parts[0], parts[1], parts[2], parts[3][..8]),
            string.Join('$', parts[0], parts[1], parts[2]),
            "",
        ];
        foreach (var stored in tampered)
            Assert.False(PasswordHash.Verify(Password, stored), stored);
    }

    [Fact]
    public void A_short_password_is_refused_in_Dutch()
    {
        var e = Assert.Throws<MsdUserException>(() => PasswordHash.Create("elf tekens!"));

        Assert.Contains("minstens 12 tekens", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generated_password_is_long_enough_and_differs_each_time()
    {
        var first = PasswordHash.Generate();

        Assert.True(first.Length >= PasswordHash.MinimumLength);
        Assert.NotEqual(first, PasswordHash.Generate());
        Assert.True(PasswordHash.Verify(first, PasswordHash.Create(first)));
    }
}
