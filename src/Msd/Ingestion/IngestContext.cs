using Msd.Catalog;
using Msd.Privacy;
using Msd.Workspace;

namespace Msd.Ingestion;

/// <summary>What every reader needs besides the file: the catalogue, the key, the area table and the workspace's settings.</summary>
public sealed record IngestContext(
    KpiCatalog Catalog,
    Pseudonymiser Pseudonyms,
    AreaTable Areas,
    IReadOnlySet<string> Municipalities,
    string? SchemasFolder);
