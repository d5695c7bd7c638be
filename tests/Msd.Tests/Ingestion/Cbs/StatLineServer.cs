using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Msd.Tests.Ingestion.Cbs;

/// <summary>
/// A real HTTP server (Kestrel on 127.0.0.1, a free port) that answers like the CBS APIs from
/// hand-written responses. A response is found by path and the $skip of the query (0 when absent),
/// as "path|skip"; anything else is a 404. Every request is logged with its query.
/// </summary>
internal sealed class StatLineServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StatLineServer(WebApplication app, Dictionary<string, string> responses)
    {
        _app = app;
        Responses = responses;
    }

    /// <summary>Body per "path|skip"; change it between fetches to let CBS "revise" a figure.</summary>
    public Dictionary<string, string> Responses { get; }

    /// <summary>A status code per path that overrides the response (500 for an outage).</summary>
    public ConcurrentDictionary<string, int> Failures { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Requests { get; } = new();

    public Uri V3 { get; private set; } = null!;

    public Uri V4 => new(V3, "odata/v1/CBS");

    public static async Task<StatLineServer> StartAsync(IReadOnlyDictionary<string, string> responses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new StatLineServer(app, new Dictionary<string, string>(responses, StringComparer.Ordinal));
        app.Run(server.AnswerAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        server.V3 = new Uri(app.Urls.First() + "/");
        return server;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        Requests.Enqueue(path + Uri.UnescapeDataString(context.Request.QueryString.Value ?? ""));
        if (Failures.TryGetValue(path, out var status))
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsync("<html><body>Service Unavailable</body></html>", context.RequestAborted);
            return;
        }
        var skip = context.Request.Query["$skip"].FirstOrDefault() ?? "0";
        if (!Responses.TryGetValue(path + "|" + skip, out var body))
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("""{"odata.error":{"code":"","message":{"lang":"en-US","value":"Resource not found for the segment."}}}""", context.RequestAborted);
            return;
        }
        context.Response.ContentType = "application/json;odata=minimalmetadata;streaming=true;charset=utf-8";
        await context.Response.WriteAsync(body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
