using Msd.Generation.Extracts;
using Msd.Tests.Support;

namespace Msd.Tests.Generation;

/// <summary>The registration extracts of the default world, written once into a temporary folder for all extract tests.</summary>
public sealed class ExtractsFixture : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();

    public WorldFixture World { get; } = new();

    public string Folder => _dir.Combine("extracts");

    public IReadOnlyList<string> Files { get; private set; } = [];

    public async ValueTask InitializeAsync() =>
        Files = await RegistrationExtracts.WriteAllAsync(World.Worlds, WorldFixture.From, WorldFixture.To, 42, Folder, compress: false, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync()
    {
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }
}
