using Msd.Tests.Support;

namespace Msd.Tests.Cli;

public sealed class GenerateCommandTests
{
    [Fact]
    public async Task Generate_writes_a_data_set_and_reports_it_in_Dutch()
    {
        using var dir = new TempDirectory();

        var (exit, output) = await CliRun.RunAsync("generate", "--out", dir.Combine("data"), "--from", "2025-01", "--to", "2025-02", "--seed", "3");

        Assert.True(exit == 0, output);
        Assert.Contains("Berichten (iJw/iWmo)", output, StringComparison.Ordinal);
        Assert.Contains("controle/grondwaarheid.csv", output, StringComparison.Ordinal);
        Assert.True(File.Exists(dir.Combine("data", "LEESMIJ.txt")));
        Assert.NotEmpty(Directory.GetFiles(dir.Combine("data", "berichten"), "*.zip", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("--defects", "0,5", "--defects is een fractie")]
    [InlineData("--from", "2025-13", "--from '2025-13' is geen maand")]
    [InlineData("--scale", "landelijk", "de CBS-gemeentelijst nodig")]
    public async Task Bad_options_are_user_errors_with_a_Dutch_explanation(string option, string value, string message)
    {
        using var dir = new TempDirectory();

        var (exit, output) = await CliRun.RunAsync("generate", "--out", dir.Combine("data"), option, value);

        Assert.Equal(1, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.Combine("data", "berichten")));
    }

    [Fact]
    public async Task A_folder_that_is_not_empty_is_refused()
    {
        using var dir = new TempDirectory();
        dir.Write("data/oud.txt", "vorige run");

        var (exit, output) = await CliRun.RunAsync("generate", "--out", dir.Combine("data"));

        Assert.Equal(1, exit);
        Assert.Contains("is niet leeg", output, StringComparison.Ordinal);
    }
}
