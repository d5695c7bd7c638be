using Msd.Workspace;

namespace Msd.Web.Monitor;

/// <summary>One area a value is published for: a municipality (GM…), a group of municipalities or a district (WK…).</summary>
public sealed record MonitorArea(string Code, string Name, string Kind, string? MunicipalityCode);

/// <summary>The workspace's areas with their names, in the order the monitor shows them: municipalities, groups, districts.</summary>
public sealed class MonitorAreas
{
    public const string MunicipalityKind = "gemeente";
    public const string GroupKind = "samenwerking";
    public const string DistrictKind = "wijk";

    private readonly Dictionary<string, MonitorArea> _byCode;

    public MonitorAreas(IReadOnlyList<MonitorArea> all)
    {
        All = all;
        _byCode = all.ToDictionary(a => a.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<MonitorArea> All { get; }

    /// <summary>Municipalities then groups: the areas a headline compares side by side.</summary>
    public IEnumerable<MonitorArea> Overview => All.Where(a => a.Kind != DistrictKind);

    public IEnumerable<MonitorArea> Districts => All.Where(a => a.Kind == DistrictKind);

    public MonitorArea? Find(string code) => _byCode.GetValueOrDefault(code);

    public string NameOf(string code) => _byCode.TryGetValue(code, out var area) ? area.Name : code;

    /// <summary>The combined area when the workspace has one, otherwise its first municipality.</summary>
    public MonitorArea Main => All.FirstOrDefault(a => a.Kind == GroupKind) ?? All[0];

    public static MonitorAreas Of(WorkspaceConfig config, AreaTable districts)
    {
        var areas = new List<MonitorArea>();
        areas.AddRange(config.Municipalities.Select(m => new MonitorArea("GM" + m.Code, m.Name, MunicipalityKind, m.Code)));
        areas.AddRange(config.Groups.Select(g => new MonitorArea(g.Code, g.Name, GroupKind, null)));
        areas.AddRange(districts.Areas
            .GroupBy(a => a.WijkCode, StringComparer.Ordinal)
            .Select(g => new MonitorArea(g.Key, g.First().WijkNaam, DistrictKind, g.First().GemeenteCode))
            .OrderBy(a => a.Code, StringComparer.Ordinal));
        return new MonitorAreas(areas);
    }
}
