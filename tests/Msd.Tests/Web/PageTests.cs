using System.Net;
using System.Text.RegularExpressions;
using ExcelDataReader;
using Microsoft.Extensions.DependencyInjection;
using Msd.Accounts;
using Msd.Web.Monitor;

namespace Msd.Tests.Web;

/// <summary>The monitor's pages and exports over HTTP, on the demo workspace, as a reader and as a signed-in analyst.</summary>
[Collection(MonitorCollection.Name)]
public sealed partial class PageTests(MonitorFixture monitor)
{
    public static TheoryData<string> Pages =>
    [
        "/", "/domein/jeugd", "/domein/wmo", "/domein/inkomen-participatie", "/domein/armoede", "/domein/schuldhulp", "/domein/sociaal-domein",
        "/kpi/jeugd-jongeren-met-jeugdhulp", "/kpi/jeugd-jongeren-met-jeugdhulp?per=kwartaal&gebied=GM0118", "/wijken", "/doelen", "/catalogus",
        "/catalogus?q=wmo", "/inloggen", "/validatie",
    ];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_answers_in_Dutch_with_one_main_heading(string path)
    {
        var response = await monitor.Client.GetAsync(path, Token);
        var html = await response.Content.ReadAsStringAsync(Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<h1[ >]"));
        Assert.Contains("Direct naar de inhoud", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_shows_every_domain_with_headline_values_for_both_municipalities_and_the_combined_area()
    {
        var html = await monitor.Client.GetStringAsync("/", Token);
        foreach (var domain in new[] { "Jeugd", "Wmo", "Inkomen &amp; Participatie", "Armoedebestrijding", "Schuldhulpverlening" })
            Assert.Contains($">{domain}</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>De Wolden</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Hoogeveen</dt>", html, StringComparison.Ordinal);
        Assert.Matches(@"[0-9]+,[0-9] %", html);
        Assert.Contains("Gepubliceerd:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_KPI_page_holds_the_table_behind_its_chart_and_the_factsheet()
    {
        var html = await monitor.Client.GetStringAsync("/kpi/jeugd-jongeren-met-jeugdhulp", Token);
        Assert.Contains("data-chart=\"grafiek-tijdreeks\"", html, StringComparison.Ordinal);
        Assert.Contains("Jongeren met jeugdhulp per jaar (procent)", html, StringComparison.Ordinal);
        foreach (var term in new[] { "Definitie", "Teller", "Noemer", "Doelgroep", "Eigenaar", "Versie", "Beleidsdoelen" })
            Assert.Contains($"<dt>{term}</dt>", html, StringComparison.Ordinal);
        Assert.Contains("Waarom zijn sommige waarden niet zichtbaar?", html, StringComparison.Ordinal);
        // the catalogue names CBS 85098NED as its benchmark; the demo data has that table
        Assert.Contains("Vergelijking met CBS", html, StringComparison.Ordinal);
        Assert.Contains("85098NED", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hidden_value_reads_out_its_reason_and_its_export_holds_no_number()
    {
        var data = monitor.Services.GetRequiredService<MonitorData>();
        var (kpi, period) = await HiddenDistrictValueAsync(data);
        var html = await monitor.Client.GetStringAsync($"/kpi/{kpi}?periode={period}", Token);
        Assert.Contains("<span class=\"msd-visually-hidden\">niet getoond: minder dan 10</span>", html, StringComparison.Ordinal);

        var csv = await monitor.Client.GetStringAsync($"/export/wijken.csv?kpi={kpi}&periode={period}", Token);
        var hiddenRows = csv.Split('\n').Where(l => l.Contains("niet getoond", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(hiddenRows);
        Assert.All(hiddenRows, row => Assert.DoesNotMatch(@";[0-9]+(,[0-9]+)?(;|$)", row.TrimEnd('\r')));
    }

    [Fact]
    public async Task A_table_exports_to_CSV_and_XLSX_with_the_numbers_of_the_page()
    {
        var csv = await monitor.Client.GetStringAsync("/export/tijdreeks.csv?kpi=jeugd-jongeren-met-jeugdhulp", Token);
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("Periode;De Wolden;Hoogeveen;Samenwerkingsorganisatie De Wolden Hoogeveen", lines[0], StringComparison.Ordinal);
        var html = await monitor.Client.GetStringAsync("/kpi/jeugd-jongeren-met-jeugdhulp", Token);
        var firstValue = lines[1].Split(';')[1];
        Assert.Contains($">{firstValue}</td>", html, StringComparison.Ordinal);

        var xlsx = await monitor.Client.GetByteArrayAsync("/export/tijdreeks.xlsx?kpi=jeugd-jongeren-met-jeugdhulp", Token);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var excel = ExcelReaderFactory.CreateReader(new MemoryStream(xlsx));
        Assert.True(excel.Read() && excel.Read());
        Assert.Equal("Periode", excel.GetValue(0));
        Assert.True(excel.Read());
        Assert.Equal(decimal.Parse(firstValue, ValueFormat.Dutch), Convert.ToDecimal(excel.GetValue(1), ValueFormat.Dutch));
    }

    [Fact]
    public async Task Loads_and_checks_are_for_data_managers_only()
    {
        foreach (var path in new[] { "/ladingen", "/ladingen/1", "/controles", "/export/ladingen.csv" })
        {
            using var anonymous = SignedInClient();
            var response = await anonymous.GetAsync(path, Token);
            Assert.True(response.RequestMessage!.RequestUri!.AbsolutePath == "/inloggen" || response.StatusCode == HttpStatusCode.NotFound, path);
        }
        using var manager = SignedInClient();
        await SignInAsync(manager, "demo", "demo-wachtwoord");
        foreach (var path in new[] { "/ladingen", "/ladingen/1", "/controles", "/export/ladingen.csv" })
            Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(path, Token)).StatusCode);
    }

    [Fact]
    public async Task The_checks_page_shows_the_deliberate_defects_of_the_demo_data()
    {
        using var manager = SignedInClient();
        await SignInAsync(manager, "demo", "demo-wachtwoord");
        var html = await manager.GetStringAsync("/controles", Token);
        Assert.Contains("jeugd-start-heeft-toewijzing", html, StringComparison.Ordinal);
        Assert.Contains("bijstand-volume-per-levering", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_KPI_is_a_Dutch_not_found_page()
    {
        var response = await monitor.Client.GetAsync("/kpi/bestaat-niet", Token);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze pagina bestaat niet", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analyst_signs_in_and_adds_an_explanation_a_reader_may_not()
    {
        var data = monitor.Services.GetRequiredService<MonitorData>();
        if (await UserStore.FindAsync(data.Database, "lees", Token) is null)
            await UserStore.AddAsync(data.Database, "lees", "Lezer", Role.Lezer, "lezer-wachtwoord-1", Token);
        var page = "/kpi/wmo-clienten-maatwerk-per-10000";
        Assert.DoesNotContain("huishoudelijke hulp", await monitor.Client.GetStringAsync(page, Token), StringComparison.Ordinal); // now in the page cache

        using var reader = SignedInClient();
        Assert.Contains("De combinatie van gebruikersnaam en wachtwoord is onbekend", await SignInAsync(reader, "lees", "fout-wachtwoord-12"), StringComparison.Ordinal);
        await SignInAsync(reader, "lees", "lezer-wachtwoord-1");
        Assert.DoesNotContain("Toelichting toevoegen", await reader.GetStringAsync(page, Token), StringComparison.Ordinal);

        using var demo = SignedInClient();
        await SignInAsync(demo, "demo", "demo-wachtwoord");
        var form = await demo.GetStringAsync(page, Token);
        Assert.Contains("Toelichting toevoegen", form, StringComparison.Ordinal);
        var text = "Stijging door de nieuwe huishoudelijke hulp <per 1 juli>.";
        var response = await demo.PostAsync(page + "?handler=Toelichting&per=jaar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryTokenOf(form),
            ["Explanation.Period"] = "2024",
            ["Explanation.Area"] = "GM0118",
            ["Explanation.Text"] = text,
        }), Token);
        var after = await demo.GetStringAsync(page, Token);
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Redirect, response.StatusCode.ToString());
        Assert.Contains("Stijging door de nieuwe huishoudelijke hulp &lt;per 1 juli&gt;.", after, StringComparison.Ordinal);
        Assert.Contains("Demobeheerder", after, StringComparison.Ordinal);
        // readers who are not signed in get the page from the cache, which the new explanation emptied
        Assert.Contains("&lt;per 1 juli&gt;", await monitor.Client.GetStringAsync(page, Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_user_must_explain_a_rejection_and_a_verdict_on_a_changed_version_is_refused()
    {
        const string page = "/kpi/wmo-beeindigd-volgens-plan";
        using var analyst = SignedInClient();
        await SignInAsync(analyst, "demo-analist", "demo-wachtwoord");
        Assert.DoesNotContain("Oordeel vastleggen", await analyst.GetStringAsync(page, Token), StringComparison.Ordinal); // the catalogue asks only key users

        using var keyUser = SignedInClient();
        await SignInAsync(keyUser, "demo-sleutel", "demo-wachtwoord");
        var form = await keyUser.GetStringAsync(page, Token);
        Assert.Contains("Uw oordeel over versie 1", form, StringComparison.Ordinal);
        async Task<string> PostAsync(string verdict, string comment, int version = 1)
        {
            var response = await keyUser.PostAsync(page + "?handler=Aftekenen", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = AntiforgeryTokenOf(form),
                ["Verdict.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Verdict.Verdict"] = verdict,
                ["Verdict.Comment"] = comment,
            }), Token);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Token));
        }

        Assert.Contains("Schrijf bij 'niet akkoord' wat er anders moet", await PostAsync("niet akkoord", ""), StringComparison.Ordinal);
        Assert.Contains("de catalogus heeft nu versie 1", await PostAsync("akkoord", "", version: 7), StringComparison.Ordinal);
        var after = await PostAsync("niet akkoord", "Beëindigd volgens plan moet ook de verhuizingen uitsluiten.");

        Assert.Contains("Beëindigd volgens plan moet ook de verhuizingen uitsluiten.", after, StringComparison.Ordinal);
        Assert.Contains("Niet akkoord van Demosleutelgebruiker (sleutelgebruiker) op versie 1.", after, StringComparison.Ordinal);
        Assert.Contains("Versie 1 is <span class=\"utrecht-status-badge utrecht-status-badge--neutral msd-status\"><span aria-hidden=\"true\">○ </span>vastgesteld", after, StringComparison.Ordinal);
        // the overview shows the open remark as the reason the KPI is not validated; readers see only that signing off is not done
        Assert.Contains("Niet akkoord van Demosleutelgebruiker", WebUtility.HtmlDecode(await keyUser.GetStringAsync("/validatie", Token)), StringComparison.Ordinal);
        var anonymous = WebUtility.HtmlDecode(await monitor.Client.GetStringAsync(page, Token));
        Assert.DoesNotContain("Demosleutelgebruiker", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("verhuizingen", anonymous, StringComparison.Ordinal);
        Assert.Contains("Aftekening: nog niet in orde.", anonymous, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verdict_posted_by_a_role_the_catalogue_does_not_name_or_without_a_login_is_refused()
    {
        const string page = "/kpi/wmo-afgewezen-aanvragen";
        var data = monitor.Services.GetRequiredService<MonitorData>();
        if (await UserStore.FindAsync(data.Database, "lees-aftekenen", Token) is null)
            await UserStore.AddAsync(data.Database, "lees-aftekenen", "Lezer", Role.Lezer, "lezer-wachtwoord-1", Token);
        using var reader = SignedInClient();
        await SignInAsync(reader, "lees-aftekenen", "lezer-wachtwoord-1");
        var form = await reader.GetStringAsync(page, Token);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryTokenOf(form),
            ["Verdict.Version"] = "1",
            ["Verdict.Verdict"] = "akkoord",
        };

        var asReader = WebUtility.HtmlDecode(await (await reader.PostAsync(page + "?handler=Aftekenen", new FormUrlEncodedContent(fields), Token)).Content.ReadAsStringAsync(Token));
        using var anonymous = SignedInClient();
        var withoutLogin = await anonymous.PostAsync(page + "?handler=Aftekenen", new FormUrlEncodedContent(fields), Token);

        Assert.Contains("Gebruiker 'lees-aftekenen' mag KPI wmo-afgewezen-aanvragen niet aftekenen (rol: lezer)", asReader, StringComparison.Ordinal);
        // without a session the antiforgery check or the login stops it
        Assert.True(!withoutLogin.IsSuccessStatusCode || withoutLogin.RequestMessage!.RequestUri!.AbsolutePath == "/inloggen", withoutLogin.StatusCode.ToString());
        Assert.Empty(await Msd.Acceptance.SignOffStore.ForKpiAsync(data.Database, "wmo-afgewezen-aanvragen", Token));
    }

    [Fact]
    public async Task Values_held_back_by_a_failing_check_say_so_and_never_show_a_number()
    {
        var data = monitor.Services.GetRequiredService<MonitorData>();
        var kpi = data.Catalog.Kpi("jeugd-wachttijd-start-jeugdhulp")!;
        var series = await data.SeriesAsync(kpi, Token);
        var blocked = series.Rows.Where(r => r.Status == "geblokkeerd").ToList();

        Assert.NotEmpty(blocked);
        Assert.All(blocked, r => Assert.Equal((null, null, null), (r.Numerator, r.Denominator, r.Value)));
        Assert.All(blocked, r => Assert.StartsWith("geblokkeerd: controle ", r.Reason, StringComparison.Ordinal));
        var row = blocked.First(r => r.Grain == "year" && r.Breakdown.Length == 0 && r.AreaCode.StartsWith("GM", StringComparison.Ordinal));
        var html = WebUtility.HtmlDecode(await monitor.Client.GetStringAsync($"/kpi/{kpi.Id}?per=jaar", Token));
        Assert.Contains(row.Reason!, html, StringComparison.Ordinal);
        Assert.Contains("! = tegengehouden tot een controle op de gegevens in orde is", html, StringComparison.Ordinal);
    }

    private HttpClient SignedInClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = monitor.BaseAddress };

    private static async Task<string> SignInAsync(HttpClient client, string user, string password)
    {
        var form = await client.GetStringAsync("/inloggen", TestContext.Current.CancellationToken);
        var response = await client.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryTokenOf(form),
            ["UserName"] = user,
            ["Password"] = password,
        }), TestContext.Current.CancellationToken);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static string AntiforgeryTokenOf(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    /// <summary>A KPI and year whose district values are partly hidden by disclosure control.</summary>
    internal static async Task<(string Kpi, string Period)> HiddenDistrictValueAsync(MonitorData data)
    {
        foreach (var kpi in data.Kpis)
        {
            var series = await data.SeriesAsync(kpi, TestContext.Current.CancellationToken);
            var hidden = series.Rows.FirstOrDefault(r => r.AreaCode.StartsWith("WK", StringComparison.Ordinal) && r.Breakdown.Length == 0
                && r.Grain == "year" && r.Status == "onderdrukt" && r.Reason == "niet getoond: minder dan 10");
            if (hidden is not null)
                return (kpi.Id, hidden.Period);
        }
        throw new InvalidOperationException("Geen verborgen wijkwaarde in de demogegevens.");
    }
}
