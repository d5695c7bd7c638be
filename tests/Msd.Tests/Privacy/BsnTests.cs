using Msd.Privacy;

namespace Msd.Tests.Privacy;

public sealed class BsnTests
{
    [Theory]
    [InlineData("111222333", true)]
    [InlineData("123456782", true)]
    [InlineData("123456783", false)]
    [InlineData("000000000", false)]
    [InlineData("12345678", false)]
    [InlineData("12345678a", false)]
    public void The_11_proef_accepts_only_valid_numbers(string bsn, bool valid) => Assert.Equal(valid, Bsn.IsValid(bsn));

    [Fact]
    public void Completed_and_invalidated_numbers_behave_as_their_names_say()
    {
        var completed = 0;
        for (var prefix = 10_000_000; prefix < 10_000_200; prefix++)
        {
            if (!Bsn.TryComplete(prefix, out var bsn))
                continue;
            completed++;
            Assert.True(Bsn.IsValid(bsn));
            Assert.False(Bsn.IsValid(Bsn.Invalidate(bsn)));
        }
        Assert.InRange(completed, 170, 190); // ten in eleven prefixes have a check digit
    }
}
