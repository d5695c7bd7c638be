using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Msd.Catalog;
using Msd.Ingestion.Cbs;
using Spectre.Console;

namespace Msd.Cli.Commands;

/// <summary>`msd cbs fetch`: the CBS StatLine tables the catalogue declares, fetched into the workspace cache.</summary>
internal static class CbsCommand
{
    /// <summary>Above this many municipalities the region filter would make the request address too long; the whole table comes in.</summary>
    private const int MaxFilteredMunicipalities = 25;

    public static Command Create(CliContext context)
    {
        var tables = new Option<string[]>("--table") { Description = "Alleen deze tabel (tabelnummer, bijvoorbeeld 85098NED); herhaal voor meer tabellen", HelpName = "TABEL" };
        var v3 = new Option<string?>("--v3-url") { Description = $"Adres van de OData-v3-API (standaard {StatLineEndpoints.PublicV3})", HelpName = "URL" };
        var v4 = new Option<string?>("--v4-url") { Description = $"Adres van de OData-v4-API (standaard {StatLineEndpoints.PublicV4})", HelpName = "URL" };
        var regions = new Option<string[]>("--region") { Description = "Haal ook deze regio op, bijvoorbeeld PV22 (Drenthe); herhaal voor meer regio's", HelpName = "CODE" };
        var all = new Option<bool>("--all-regions") { Description = "Haal de tabellen op voor alle regio's, niet alleen de eigen gemeenten en Nederland" };
        var fetch = new Command("fetch", "Haal de CBS-tabellen uit de catalogus op in de werkruimte (map cbs/) en meld herziene cijfers.") { tables, v3, v4, regions, all };
        fetch.SetAction(async (parse, cancellationToken) =>
        {
            var workspace = context.OpenWorkspace(parse);
            var (catalog, issues) = workspace.LoadCatalog();
            CatalogCommand.RequireValid(catalog, issues);
            var selected = Select(catalog, parse.GetValue(tables) ?? []);
            var endpoints = new StatLineEndpoints(
                parse.GetValue(v3) is { } a ? StatLineEndpoints.Parse(a, "--v3-url") : StatLineEndpoints.PublicV3,
                parse.GetValue(v4) is { } b ? StatLineEndpoints.Parse(b, "--v4-url") : StatLineEndpoints.PublicV4);
            var wanted = parse.GetValue(all) ? null : Regions(workspace.Config.Municipalities.Select(m => m.Code).ToList(), parse.GetValue(regions) ?? []);
            using var http = NewHttpClient();
            var client = new StatLineClient(http, endpoints);
            var cache = CbsCache.Root(workspace.Root);
            var results = new List<CbsFetchResult>();
            var failed = 0;
            foreach (var table in selected)
            {
                try
                {
                    context.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Ophalen: {table.Table} ({table.Title}) via OData {table.Api} …");
                    results.Add(await CbsFetch.RunAsync(client, table, cache, wanted, TimeProvider.System, cancellationToken));
                }
                catch (MsdUserException e)
                {
                    failed++;
                    context.Error.MarkupLine($"[red]Fout bij {Markup.Escape(table.Table)}:[/] {Markup.Escape(e.Message)}");
                    if (e.InnerException is HttpRequestException)
                    {
                        failed += selected.Count - selected.IndexOf(table) - 1;
                        break;
                    }
                }
            }
            CbsReport.Write(context.Out, results, cache);
            if (failed == 0)
                return 0;
            context.Error.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]{failed} van de {selected.Count} tabellen niet opgehaald.[/] De momentopnamen die er al waren, blijven bruikbaar.");
            return 1;
        });
        return new Command("cbs", "CBS StatLine: tabellen ophalen voor de vergelijkingscijfers (dataset cbs_indicator).") { fetch };
    }

    private static List<CbsTableMapping> Select(KpiCatalog catalog, string[] wanted)
    {
        if (catalog.CbsTables.Count == 0)
            throw new MsdUserException($"De catalogus in {catalog.Root} noemt geen CBS-tabellen: voeg ze toe in catalog/cbs (zie docs/cbs.md).");
        if (wanted.Length == 0)
            return [.. catalog.CbsTables];
        var unknown = wanted.Where(w => catalog.CbsTable(w) is null).ToList();
        if (unknown.Count > 0)
            throw new MsdUserException($"De catalogus noemt tabel {string.Join(", ", unknown)} niet. Bekende CBS-tabellen: {string.Join(", ", catalog.CbsTables.Select(t => t.Table))}. Voeg een tabel toe in catalog/cbs.");
        return [.. wanted.Select(w => catalog.CbsTable(w)!).Distinct()];
    }

    /// <summary>The own municipalities with their districts and neighbourhoods, the Netherlands as benchmark, and any extra regions asked for.</summary>
    internal static IReadOnlyList<string>? Regions(IReadOnlyList<string> municipalities, IEnumerable<string> extra)
    {
        if (municipalities.Count > MaxFilteredMunicipalities)
            return null;
        return [.. municipalities.SelectMany(m => new[] { "GM" + m, "WK" + m, "BU" + m }).Append("NL").Concat(extra.Select(e => e.Trim().ToUpperInvariant())).Distinct(StringComparer.Ordinal)];
    }

    private static HttpClient NewHttpClient()
    {
        var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, ConnectTimeout = TimeSpan.FromSeconds(20) })
        {
            Timeout = TimeSpan.FromSeconds(120),
        };
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("msd", "1.0"));
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return http;
    }
}
