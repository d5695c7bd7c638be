using System.Collections.Frozen;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Msd.Web.Monitor;

/// <summary>
/// The CSS and JavaScript of the monitor (NL Design System from npm, ECharts, our own), embedded in
/// this assembly at build time so any host serves them. Each is gzipped once and served under a
/// fingerprinted URL that browsers may cache for good.
/// </summary>
public static class FrontendAssets
{
    private sealed record Asset(string Name, string ContentType, byte[] Bytes, byte[] Gzipped, string Version);

    private static readonly Lazy<FrozenDictionary<string, Asset>> All = new(Load);

    /// <summary>The URL of an asset, with its content hash, e.g. <c>/assets/monitor.css?v=3fa2…</c>.</summary>
    public static string Url(string name) =>
        All.Value.TryGetValue(name, out var asset) ? $"/assets/{name}?v={asset.Version}" : throw new ArgumentException("Onbekend bestand: " + name, nameof(name));

    /// <summary>Size in bytes as sent to a browser that accepts gzip: the JavaScript budget per page is counted this way.</summary>
    public static int CompressedSize(string name) => All.Value[name].Gzipped.Length;

    public static void MapFrontendAssets(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!All.Value.TryGetValue(name, out var asset))
                return Results.NotFound();
            var response = context.Response;
            response.Headers.CacheControl = context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "no-cache";
            response.Headers.ETag = $"\"{asset.Version}\"";
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (context.Request.Headers.IfNoneMatch == $"\"{asset.Version}\"")
                return Results.StatusCode(StatusCodes.Status304NotModified);
            var gzip = context.Request.Headers.AcceptEncoding.Any(v => v is not null && v.Contains("gzip", StringComparison.OrdinalIgnoreCase));
            if (gzip)
                response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(gzip ? asset.Gzipped : asset.Bytes, asset.ContentType);
        }).CacheOutput(policy => policy.NoCache()); // already in memory, and the answer depends on Accept-Encoding

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(FrontendAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize))
                gzip.Write(bytes);
            var name = resource["assets/".Length..];
            var type = name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8"
                : name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8" : "application/octet-stream";
            assets[name] = new Asset(name, type, bytes, compressed.ToArray(), Convert.ToHexStringLower(SHA256.HashData(bytes))[..12]);
        }
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
