using Msd.Computation;
using Msd.Workspace;

namespace Msd.Tests.Computation;

internal static class EngineAreas
{
    /// <summary>The first customer's areas: De Wolden, Hoogeveen and their shared-service area.</summary>
    public static readonly KpiAreas Default = new(["1690", "0118"], [new MunicipalityGroup("SWO", "Samenwerkingsorganisatie De Wolden Hoogeveen", ["1690", "0118"])]);
}
