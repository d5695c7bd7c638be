using Msd.Catalog;
using Msd.Computation;
using Msd.Privacy;
using Msd.Storage;
using Msd.Workspace;

namespace Msd.Validation;

/// <summary>A failing check that holds back values: of its dataset, for its municipality (null: all) and period (null: all).</summary>
public sealed record GateBlock(string CheckId, string DatasetId, string? GemeenteCode, string? Period, DateOnly? Start, DateOnly? End, string Message);

/// <summary>
/// The publication gate: a check with status <c>fout</c> in the latest run holds back every KPI value that
/// reads the checked dataset, for the municipality the finding is about (its districts and the groups it is
/// part of too) and every period that overlaps the finding's period, until the data is fixed or a beheerder
/// overrules the finding. Hiding more values never reveals a suppressed one, so disclosure control stays intact.
/// </summary>
public sealed class PublicationGate
{
    private readonly IReadOnlyList<GateBlock> _blocks;
    private readonly IReadOnlyList<MunicipalityGroup> _groups;

    internal PublicationGate(IReadOnlyList<GateBlock> blocks, IReadOnlyList<MunicipalityGroup> groups) => (_blocks, _groups) = (blocks, groups);

    public IReadOnlyList<GateBlock> Blocks => _blocks;

    public static async Task<PublicationGate> ReadAsync(Database database, WorkspaceConfig config, CancellationToken cancellationToken)
    {
        var results = await CheckResultStore.LatestAsync(database, cancellationToken);
        var overrides = await CheckOverrideStore.AllAsync(database, cancellationToken);
        return new PublicationGate(BlocksOf(results, overrides), config.Groups);
    }

    /// <summary>The findings with status fout that no override covers.</summary>
    public static IReadOnlyList<GateBlock> BlocksOf(IReadOnlyList<StoredCheckResult> results, IReadOnlyList<CheckOverride> overrides) =>
        [.. results
            .Where(r => r.Status == "fout" && !overrides.Any(o => o.Covers(r)))
            .Select(r => new GateBlock(r.CheckId, r.DatasetId, r.GemeenteCode, r.Period,
                r.PeriodStart is { } s ? DateOnly.FromDateTime(s) : null, r.PeriodEnd is { } e ? DateOnly.FromDateTime(e) : null, r.Message))];

    /// <summary>The blocks that touch a KPI at all: a finding on one of the datasets it reads.</summary>
    public IReadOnlyList<GateBlock> For(KpiDefinition kpi) => [.. _blocks.Where(b => kpi.DatasetIds.Contains(b.DatasetId))];

    /// <summary>A KPI's values as the gate lets them out: unchanged, or <c>geblokkeerd</c> without numbers and with the check that holds them.</summary>
    public IEnumerable<PublishedValue> Apply(KpiDefinition kpi, IEnumerable<PublishedValue> values)
    {
        var blocks = For(kpi);
        return blocks.Count == 0 ? values : values.Select(v => Apply(v, blocks, _groups));
    }

    private static PublishedValue Apply(PublishedValue value, IReadOnlyList<GateBlock> blocks, IReadOnlyList<MunicipalityGroup> groups)
    {
        var block = blocks.FirstOrDefault(b => Touches(b, value, groups));
        return block is null ? value : value with
        {
            Numerator = null,
            Denominator = null,
            Value = null,
            Status = PublishedValue.Blocked,
            Reason = $"geblokkeerd: controle {block.CheckId} is niet geslaagd{(block.Period is null ? "" : " voor de periode " + block.Period)}",
            TargetStatus = null,
        };
    }

    private static bool Touches(GateBlock block, PublishedValue value, IReadOnlyList<MunicipalityGroup> groups) =>
        (block.Start is null || block.End is null || (block.Start <= value.Period.End && block.End >= value.Period.Start))
        && (block.GemeenteCode is null || AreaIncludes(value.AreaCode, block.GemeenteCode, groups));

    /// <summary>Whether an area's figure is made (partly) of the municipality's data: itself, one of its districts, a group it belongs to.</summary>
    private static bool AreaIncludes(string areaCode, string gemeenteCode, IReadOnlyList<MunicipalityGroup> groups) =>
        areaCode == KpiAreas.MunicipalityCode(gemeenteCode)
        || (KpiAreas.IsDistrict(areaCode) && areaCode.AsSpan(2).StartsWith(gemeenteCode, StringComparison.Ordinal))
        || groups.Any(g => g.Code == areaCode && g.Members.Contains(gemeenteCode));
}
