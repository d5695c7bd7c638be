using Msd.Accounts;

namespace Msd.Tests.Accounts;

public sealed class RoleTests
{
    [Theory]
    [InlineData("beheerder", "beheerder")]
    [InlineData(" Analist ", "analist")]
    [InlineData("SLEUTELGEBRUIKER", "sleutelgebruiker")]
    [InlineData("lezer", "lezer")]
    public void Roles_parse_to_their_stored_id(string input, string id)
    {
        Assert.Equal(id, Role.Parse(input).Id);
    }

    [Fact]
    public void An_unknown_role_lists_the_valid_roles_in_Dutch()
    {
        var e = Assert.Throws<MsdUserException>(() => Role.Parse("admin"));

        Assert.StartsWith("Onbekende rol 'admin'. Kies uit: beheerder (", e.Message, StringComparison.Ordinal);
        foreach (var role in Role.All)
            Assert.Contains(role.Id, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_role_but_lezer_may_write_explanations()
    {
        Assert.True(Role.MayWriteExplanations(Role.Beheerder));
        Assert.True(Role.MayWriteExplanations(Role.Analist));
        Assert.True(Role.MayWriteExplanations(Role.Sleutelgebruiker));
        Assert.False(Role.MayWriteExplanations(Role.Lezer));
        Assert.False(Role.MayWriteExplanations("onbekend"));
    }
}
