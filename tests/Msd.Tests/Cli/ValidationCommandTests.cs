using Msd.Tests.Support;

namespace Msd.Tests.Cli;

/// <summary>`msd validation status` and `msd validation report` on a new workspace, and their answers to a wrong request.</summary>
public sealed class ValidationCommandTests
{
    [Fact]
    public async Task Status_and_report_work_on_a_new_workspace_and_refuse_an_unknown_format_or_release()
    {
        using var dir = new TempDirectory();
        var ws = dir.Combine("ws");
        Assert.Equal(0, (await CliRun.RunAsync("init", ws, "--catalog", TestEnvironment.ShippedCatalog)).Exit);

        var (statusExit, status) = await CliRun.RunAsync("validation", "status", "-w", ws);
        var (htmlExit, html) = await CliRun.RunAsync("validation", "report", "--out", dir.Combine("rapport", "validatie.html"), "-w", ws);
        var (docxExit, _) = await CliRun.RunAsync("validation", "report", "--out", dir.Combine("validatie.docx"), "--release", "1", "-w", ws);
        var (pdfExit, pdf) = await CliRun.RunAsync("validation", "report", "--out", dir.Combine("validatie.pdf"), "-w", ws);
        var (releaseExit, release) = await CliRun.RunAsync("validation", "report", "--out", dir.Combine("r99.html"), "--release", "99", "-w", ws);

        Assert.True(statusExit == 0, status);
        Assert.Matches("0 van de [0-9]+ KPI's gevalideerd", status);
        Assert.Contains("vastgesteld", status, StringComparison.Ordinal);
        Assert.True(htmlExit == 0, html);
        Assert.Contains("<h1>Validatierapport Monitor Sociaal Domein", File.ReadAllText(dir.Combine("rapport", "validatie.html")), StringComparison.Ordinal);
        Assert.Equal(0, docxExit);
        Assert.True(new FileInfo(dir.Combine("validatie.docx")).Length > 1000);
        Assert.Equal(1, pdfExit);
        Assert.Contains("eindigt op .html of .docx", pdf, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.Combine("validatie.pdf")));
        Assert.Equal(1, releaseExit);
        Assert.Contains("geen KPI's in release 99", release, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(dir.Path, "*.deel", SearchOption.AllDirectories));
    }
}
