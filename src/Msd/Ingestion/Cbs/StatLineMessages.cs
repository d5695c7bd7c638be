using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Msd.Ingestion.Cbs;

/// <summary>The Dutch messages of the StatLine client: what went wrong, where, and what to do.</summary>
internal static class StatLineMessages
{
    private const string Offline = "De momentopnamen die al in de werkruimte staan, blijven bruikbaar: de monitor werkt zonder verbinding verder met de laatst opgehaalde cijfers.";

    public static string Unreachable(string api, Uri baseUrl, HttpRequestException e) =>
        $"De CBS-server {baseUrl} (OData {api}) is niet bereikbaar: {e.InnerException?.Message ?? e.Message}. "
        + $"Controleer de internetverbinding en een eventuele proxy (HTTPS_PROXY), of geef het juiste adres op met {Option(api)}. {Offline}";

    public static string Timeout(string api, Uri baseUrl, TimeSpan timeout, Uri url, int attempts) =>
        string.Create(CultureInfo.GetCultureInfo("nl-NL"),
            $"De CBS-server {baseUrl} (OData {api}) gaf {attempts} keer geen antwoord binnen {timeout.TotalSeconds:N0} seconden op {url}. Probeer het later opnieuw. {Offline}");

    public static string UnknownTable(string api, string table, Uri baseUrl, Uri url) =>
        $"CBS kent tabel '{table}' niet op {baseUrl} (OData {api}; HTTP 404 op {url}). "
        + $"Controleer 'table' in catalog/cbs/{table.ToLowerInvariant()}.yaml: een tabel die CBS heeft stopgezet, krijgt vaak een opvolger met een ander nummer. "
        + (api == "v3" ? "Nieuwe tabellen staan soms alleen in OData v4 (zet dan api: v4)." : "Oudere tabellen staan soms alleen in OData v3 (zet dan api: v3).");

    public static string HttpError(string api, HttpStatusCode status, string? reason, Uri url, int attempts) =>
        string.Create(CultureInfo.InvariantCulture, $"CBS antwoordde met HTTP-fout {(int)status} ({reason ?? status.ToString()}) op {url}{(attempts > 1 ? $", ook na {attempts} pogingen" : "")}. ")
        + ((int)status >= 500
            ? $"De server van CBS heeft een storing of is overbelast; probeer het later opnieuw. {Offline}"
            : $"Controleer het adres ({Option(api)}) en het tabelnummer in de catalogus.");

    public static string NotJson(Uri url, JsonException e) =>
        $"CBS stuurde op {url} geen geldige JSON (regel {(e.LineNumber ?? 0) + 1}, positie {(e.BytePositionInLine ?? 0) + 1}). "
        + "Dat gebeurt bij een storing of als een proxy een eigen pagina terugstuurt; probeer het later opnieuw en controleer het adres.";

    public static string NotOData(Uri url) =>
        $"Het antwoord op {url} is geen OData-antwoord (een JSON-object met een lijst 'value'). Controleer of het adres naar de CBS-API wijst.";

    private static string Option(string api) => api == "v4" ? "--v4-url" : "--v3-url";
}
