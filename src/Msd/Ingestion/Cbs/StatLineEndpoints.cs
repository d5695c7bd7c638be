namespace Msd.Ingestion.Cbs;

/// <summary>
/// Where the two CBS StatLine APIs live. The public addresses are the default; another address (a
/// mirror, a proxy, or a local server in tests) serves the same paths. Paging links that CBS writes
/// with its public address are moved onto the configured one, so paging never leaves it.
/// </summary>
public sealed record StatLineEndpoints(Uri V3, Uri V4)
{
    public static readonly Uri PublicV3 = new("https://opendata.cbs.nl");
    public static readonly Uri PublicV4 = new("https://datasets.cbs.nl/odata/v1/CBS");

    public static StatLineEndpoints Public { get; } = new(PublicV3, PublicV4);

    /// <summary>An address given on the command line; a Dutch error when it is not an absolute http(s) address.</summary>
    public static Uri Parse(string text, string option)
    {
        if (Uri.TryCreate(text.TrimEnd('/'), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return uri;
        throw new MsdUserException($"{option} '{text}' is geen webadres; schrijf het volledig, bijvoorbeeld {(option.Contains("v4", StringComparison.Ordinal) ? PublicV4 : PublicV3)}.");
    }

    public Uri BaseFor(string api) => api == "v4" ? V4 : V3;

    /// <summary>An entity set of a table: v3 {base}/ODataApi/odata/{table}/{set}?$format=json, v4 {base}/{table}/{set}.</summary>
    public Uri EntitySet(string api, string table, string entitySet, IEnumerable<(string Name, string Value)> query)
    {
        var path = api == "v4"
            ? $"{Trim(V4)}/{Uri.EscapeDataString(table)}/{entitySet}"
            : $"{Trim(V3)}/ODataApi/odata/{Uri.EscapeDataString(table)}/{entitySet}";
        var parameters = (api == "v4" ? query : query.Prepend(("$format", "json")))
            .Select(q => q.Item1 + "=" + Uri.EscapeDataString(q.Item2))
            .ToList();
        return new Uri(parameters.Count == 0 ? path : path + "?" + string.Join('&', parameters));
    }

    /// <summary>A next-page link resolved against the page it came from and moved from the public address onto the configured one.</summary>
    public Uri Next(string api, Uri page, string link)
    {
        var next = new Uri(page, link);
        var (publicBase, configured) = api == "v4" ? (PublicV4, V4) : (PublicV3, V3);
        var prefix = Trim(publicBase);
        var text = next.AbsoluteUri;
        return publicBase != configured && text.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase)
            ? new Uri(Trim(configured) + text[prefix.Length..])
            : next;
    }

    private static string Trim(Uri uri) => uri.AbsoluteUri.TrimEnd('/');
}
