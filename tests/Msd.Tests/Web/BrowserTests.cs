using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Msd.Tests.Support;
using Msd.Web.Monitor;

namespace Msd.Tests.Web;

/// <summary>
/// The monitor in real headless Chromium (Debian's, through Playwright): the main journeys, the
/// keyboard, pages without JavaScript, and axe-core on every page. Screenshots go to TestResults/screenshots.
/// </summary>
[Collection(MonitorCollection.Name)]
public sealed class BrowserTests(MonitorFixture monitor) : IAsyncLifetime
{
    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static TheoryData<string, string> Pages => new()
    {
        { "/", "overzicht" },
        { "/domein/jeugd", "domein-jeugd" },
        { "/domein/wmo", "domein-wmo" },
        { "/domein/inkomen-participatie", "domein-inkomen" },
        { "/domein/armoede", "domein-armoede" },
        { "/domein/schuldhulp", "domein-schuldhulp" },
        { "/domein/sociaal-domein", "domein-sociaal-domein" },
        { "/kpi/jeugd-jongeren-met-jeugdhulp", "kpi-jeugdhulp" },
        { "/kpi/jeugd-aandeel-jeugdhulp-met-verblijf?per=kwartaal", "kpi-verblijf-kwartaal" },
        { "/kpi/wmo-clienten-maatwerk-per-10000", "kpi-wmo-maatwerk" },
        { "/wijken", "wijken" },
        { "/doelen", "doelen" },
        { "/catalogus", "catalogus" },
        { "/inloggen", "inloggen" },
        { "/bestaat-niet", "niet-gevonden" },
    };

    public async ValueTask InitializeAsync()
    {
        var chromium = TestEnvironment.RequireChromium();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ChromiumFlags });
        Directory.CreateDirectory(MonitorFixture.ScreenshotFolder);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    private async Task<IPage> OpenAsync(string path, bool javaScript = true)
    {
        var context = await _browser!.NewContextAsync(new() { BaseURL = monitor.BaseAddress.ToString(), JavaScriptEnabled = javaScript, Locale = "nl-NL", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_accessibility_violations(string path, string name)
    {
        await AssertAccessibleAsync(await OpenAsync(path), name);
    }

    private static async Task AssertAccessibleAsync(IPage page, string name)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new() { Path = Path.Combine(MonitorFixture.ScreenshotFolder, name + ".png"), FullPage = true });
        var result = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0, string.Join('\n', result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    public static TheoryData<string, string> ManagerPages => new()
    {
        { "/ladingen", "ladingen" },
        { "/ladingen/1", "lading" },
        { "/controles", "controles" },
        { "/kpi/ip-bijstand-per-10000-inwoners", "kpi-bijstand-beheerder" },
    };

    [Theory]
    [MemberData(nameof(ManagerPages))]
    public async Task Axe_finds_no_violations_on_the_pages_for_data_managers(string path, string name)
    {
        var page = await OpenAsync("/inloggen");
        await SignInAsync(page);
        await page.GotoAsync(path);
        await AssertAccessibleAsync(page, name);
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GetByLabel("Gebruikersnaam").FillAsync("demo");
        await page.GetByLabel("Wachtwoord").FillAsync("demo-wachtwoord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/inloggen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reader_goes_from_home_to_a_domain_to_a_KPI_and_downloads_its_table()
    {
        var page = await OpenAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Jeugd", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jeugd");
        await page.GetByRole(AriaRole.Link, new() { Name = "Jongeren met jeugdhulp", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jongeren met jeugdhulp");
        // ECharts drew the line chart as SVG; the same numbers stay in the table
        await Assertions.Expect(page.Locator("[data-chart=grafiek-tijdreeks] svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Jongeren met jeugdhulp per jaar (procent)" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(MonitorFixture.ScreenshotFolder, "reis-kpi.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "CSV van Jongeren met jeugdhulp per jaar (procent)" }).ClickAsync());
        var file = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        Assert.StartsWith("Periode;De Wolden;Hoogeveen", file.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_user_signs_in_and_adds_an_explanation()
    {
        var page = await OpenAsync("/kpi/jeugd-jongeren-met-jeugdhulp");
        await page.GetByRole(AriaRole.Link, new() { Name = "Log in" }).ClickAsync();
        await SignInAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jongeren met jeugdhulp");
        await page.GetByLabel("Toelichting", new() { Exact = true }).FillAsync("Meer jongeren in beeld door de nieuwe toegang via de huisarts.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toelichting opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".msd-explanation__text").First).ToHaveTextAsync("Meer jongeren in beeld door de nieuwe toegang via de huisarts.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(MonitorFixture.ScreenshotFolder, "reis-toelichting.png"), FullPage = true });
    }

    [Fact]
    public async Task The_districts_page_draws_a_map_from_the_boundaries_in_the_workspace()
    {
        var page = await OpenAsync("/wijken?kpi=jeugd-jongeren-met-jeugdhulp");
        await Assertions.Expect(page.Locator("[data-chart=grafiek-kaart] svg path").Nth(10)).ToBeAttachedAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(MonitorFixture.ScreenshotFolder, "wijken-kaart.png"), FullPage = true });
    }

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_first_and_it_is_visible()
    {
        var page = await OpenAsync("/");
        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        await Assertions.Expect(focused).ToHaveTextAsync("Direct naar de inhoud");
        await Assertions.Expect(focused).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#inhoud", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_JavaScript_every_chart_still_has_its_table()
    {
        var page = await OpenAsync("/kpi/jeugd-jongeren-met-jeugdhulp", javaScript: false);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Jongeren met jeugdhulp per jaar (procent)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-chart=grafiek-tijdreeks] svg")).ToHaveCountAsync(0);
    }

    [Fact]
    public void A_page_ships_less_than_500_KB_of_compressed_JavaScript() =>
        Assert.InRange(FrontendAssets.CompressedSize("echarts.js") + FrontendAssets.CompressedSize("monitor.js"), 1, 500 * 1024);
}
