using System.Text.Json;

namespace Msd.Web.Monitor;

/// <summary>
/// District boundaries the municipality supplies as <c>wijken.geojson</c> in the workspace (for example
/// CBS's wijk boundaries from PDOK). The feature property holding the district code is found by
/// looking for the workspace's own district codes (<c>statcode</c> in CBS files).
/// </summary>
public sealed record DistrictMap(string Path, string CodeProperty)
{
    public const string FileName = "wijken.geojson";

    public const string Url = "/kaart/wijken.geojson";

    /// <summary>The map of the workspace, or null when it has no boundaries file or none of its features names a district.</summary>
    public static DistrictMap? Find(string workspaceRoot, IReadOnlyCollection<string> districtCodes)
    {
        var path = System.IO.Path.Combine(workspaceRoot, FileName);
        if (!File.Exists(path))
            return null;
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            var features = document.RootElement.GetProperty("features");
            var codes = districtCodes.ToHashSet(StringComparer.Ordinal);
            foreach (var feature in features.EnumerateArray())
            {
                if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
                    continue;
                foreach (var property in properties.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && codes.Contains(property.Value.GetString()!.Trim()))
                        return new DistrictMap(path, property.Name);
                }
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // a broken file means no map; the ranked chart and the table stay
        }
        return null;
    }
}
