using System.Net;
using System.Text.Json;

namespace Msd.Ingestion.Cbs;

/// <summary>
/// Talks to the CBS StatLine APIs over HTTP: one GET per page, following the API's paging, with
/// a Dutch message for every way it can fail (server unreachable, no answer in time, an HTTP
/// error, a table CBS does not know, an answer that is not JSON). Server errors (5xx) and timeouts
/// are tried again a few times: the CBS APIs have known short outages.
/// </summary>
public sealed class StatLineClient(HttpClient http, StatLineEndpoints endpoints)
{
    /// <summary>The v3 ODataApi answers at most 10,000 rows per request.</summary>
    public const int V3PageSize = 10_000;

    public StatLineEndpoints Endpoints { get; } = endpoints;

    public int Attempts { get; init; } = 3;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Every page of an entity set, handed to <paramref name="onPage"/> as received. Paging follows
    /// "odata.nextLink" (v3 feed) or "@odata.nextLink" (v4); without a link, <paramref name="skip"/>
    /// asks for the next page ($skip) as long as a page is full.
    /// </summary>
    internal async Task<(int Pages, long Rows)> PagesAsync(
        string api, string table, Uri first, bool tableRequest, Func<long, Uri>? skip, Func<byte[], int, Task> onPage, CancellationToken cancellationToken)
    {
        var seen = new HashSet<Uri>();
        var (url, pages, rows) = (first, 0, 0L);
        while (true)
        {
            if (!seen.Add(url))
                throw new MsdUserException($"CBS verwijst opnieuw naar een pagina die al is opgehaald ({url}); het ophalen van tabel {table} is gestopt. Probeer het later opnieuw.");
            var bytes = await GetAsync(api, table, url, tableRequest && pages == 0, cancellationToken);
            var (count, next) = Inspect(bytes, url);
            await onPage(bytes, pages++);
            rows += count;
            if (next is not null)
                url = Endpoints.Next(api, url, next);
            else if (skip is not null && count >= V3PageSize)
                url = skip(rows);
            else
                return (pages, rows);
        }
    }

    /// <summary>One GET with retries. The first request for a table turns 404 into "CBS does not know this table".</summary>
    internal async Task<byte[]> GetAsync(string api, string table, Uri url, bool tableRequest, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(url, cancellationToken);
                if (response.IsSuccessStatusCode)
                    return await response.Content.ReadAsByteArrayAsync(cancellationToken);
                if (response.StatusCode == HttpStatusCode.NotFound && tableRequest)
                    throw new MsdUserException(StatLineMessages.UnknownTable(api, table, Endpoints.BaseFor(api), url));
                if ((int)response.StatusCode < 500 || attempt >= Attempts)
                    throw new MsdUserException(StatLineMessages.HttpError(api, response.StatusCode, response.ReasonPhrase, url, attempt));
            }
            catch (HttpRequestException e) when (e.StatusCode is null)
            {
                throw new MsdUserException(StatLineMessages.Unreachable(api, Endpoints.BaseFor(api), e), e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                if (attempt >= Attempts)
                    throw new MsdUserException(StatLineMessages.Timeout(api, Endpoints.BaseFor(api), http.Timeout, url, attempt), e);
            }
            await Task.Delay(RetryDelay * attempt, cancellationToken);
        }
    }

    /// <summary>The number of rows in a page and its next-page link; a Dutch error when the answer is not an OData JSON page.</summary>
    private static (int Rows, string? Next) Inspect(byte[] bytes, Uri url)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new MsdUserException(StatLineMessages.NotOData(url));
            var rows = root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : 1;
            var next = SnapshotFiles.Text(root, "odata.nextLink") ?? SnapshotFiles.Text(root, "@odata.nextLink");
            return (rows, next);
        }
        catch (JsonException e)
        {
            throw new MsdUserException(StatLineMessages.NotJson(url, e));
        }
    }
}
