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
        { "/validatie", "validatie" },
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

    private static async Task SignInAsync(IPage page, string user = "demo")
    {
        await page.GetByLabel("Gebruikersnaam").FillAsync(user);
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
        await page.GetByRole(AriaRole.Link, new() { Name = "Log in", Exact = true }).ClickAsync();
        await SignInAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Jongeren met jeugdhulp");
        await page.GetByLabel("Toelichting", new() { Exact = true }).FillAsync("Meer jongeren in beeld door de nieuwe toegang via de huisarts.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toelichting opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".msd-explanation__text").First).ToHaveTextAsync("Meer jongeren in beeld door de nieuwe toegang via de huisarts.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(MonitorFixture.ScreenshotFolder, "reis-toelichting.png"), FullPage = true });
    }

    /// <summary>
    /// The issue's journey: a key user signs a KPI off and it turns gevalideerd; an analyst gives its definition a new
    /// version in the catalogue and the monitor shows it as vastgesteld again, asking for a new sign-off.
    /// </summary>
    [Fact]
    public async Task A_key_user_signs_off_a_KPI_it_turns_gevalideerd_and_a_new_definition_sends_it_back_to_vastgesteld()
    {
        const string kpi = "wmo-clienten-75-plus";
        var yaml = Path.Combine(monitor.Workspace, "catalog", "kpis", kpi + ".yaml");
        var original = await File.ReadAllTextAsync(yaml, TestContext.Current.CancellationToken);
        try
        {
            var page = await OpenAsync("/kpi/" + kpi);
            var validation = page.Locator("section[aria-labelledby=validatie]");
            await Assertions.Expect(validation).ToContainTextAsync("Versie 1 is ○ vastgesteld, nog niet gevalideerd");
            await Assertions.Expect(validation).ToContainTextAsync("Aftekening: nog niet in orde.");
            await page.GetByRole(AriaRole.Link, new() { Name = "Log in als sleutelgebruiker" }).ClickAsync();
            await SignInAsync(page, "demo-sleutel");
            await Assertions.Expect(validation).ToContainTextAsync("Nog geen akkoord op versie 1 van: sleutelgebruiker");

            // the key user reviews the definition and the figures, then gives a verdict on this version
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inwoners van 75 jaar en ouder met een Wmo-maatwerkarrangement");
            await Assertions.Expect(page.Locator(".msd-factsheet")).ToContainTextAsync("leeftijd aan het einde van de periode");
            await page.GetByRole(AriaRole.Heading, new() { Name = "Uw oordeel over versie 1" }).ScrollIntoViewIfNeededAsync();
            await page.GetByLabel("akkoord", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Opmerking (verplicht bij niet akkoord)").FillAsync("Gecontroleerd met de eigen registratie van 2024.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Oordeel vastleggen" }).ClickAsync();
            await Assertions.Expect(validation).ToContainTextAsync("Versie 1 is ✓ gevalideerd");
            await Assertions.Expect(validation.GetByRole(AriaRole.Table)).ToContainTextAsync("Demosleutelgebruiker (sleutelgebruiker)");
            await Assertions.Expect(validation.GetByRole(AriaRole.Table)).ToContainTextAsync("Gecontroleerd met de eigen registratie van 2024.");
            await page.ScreenshotAsync(new() { Path = Path.Combine(MonitorFixture.ScreenshotFolder, "reis-aftekenen.png"), FullPage = true });
            await AssertAccessibleAsync(page, "kpi-afgetekend");

            // the analyst changes the definition in the catalogue, with a new version number and a changelog line
            var changed = original.Replace("version: 1\n", "version: 2\n", StringComparison.Ordinal)
                .Replace("maal 100.", "maal 100. Cliënten met alleen een pgb tellen mee.", StringComparison.Ordinal)
                + "  - version: 2\n    date: 2026-12-07\n    description: Cliënten met alleen een pgb tellen mee.\n";
            await File.WriteAllTextAsync(yaml, changed, TestContext.Current.CancellationToken);
            await Task.Delay(1100, TestContext.Current.CancellationToken); // the monitor looks at most once a second
            await page.ReloadAsync();
            await Assertions.Expect(validation).ToContainTextAsync("Versie 2 is ○ vastgesteld, nog niet gevalideerd");
            await Assertions.Expect(validation).ToContainTextAsync("De definitie is gewijzigd naar versie 2");
            await Assertions.Expect(validation.GetByRole(AriaRole.Table)).ToContainTextAsync("(vorige versie)");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uw oordeel over versie 2" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".msd-factsheet")).ToContainTextAsync("Cliënten met alleen een pgb tellen mee.");
            await page.ScreenshotAsync(new() { Path = Path.Combine(MonitorFixture.ScreenshotFolder, "reis-nieuwe-versie.png"), FullPage = true });
        }
        finally
        {
            await File.WriteAllTextAsync(yaml, original, CancellationToken.None);
        }
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
