using System.Security.Cryptography;
using System.Text;
using Msd.Catalog;
using Msd.Privacy;
using Msd.Storage;
using Msd.Tests.Support;

namespace Msd.Tests.Privacy;

public sealed class PseudonymiserTests
{
    [Fact]
    public void A_pseudonym_is_the_standard_HMAC_SHA256_of_kind_and_value()
    {
        using var dir = new TempDirectory();
        var key = PseudonymKey.Create(dir.Combine("k.key"));

        var pseudonym = new Pseudonymiser(key).Bsn("111222333");

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(key.Chain[0], Encoding.UTF8.GetBytes("bsn:111222333")))[..32];
        Assert.Equal(expected, pseudonym);
        Assert.NotEqual(pseudonym, new Pseudonymiser(key).Of("uitkering_id", "111222333"));
    }

    [Fact]
    public void After_a_rotation_a_rekeyed_pseudonym_equals_the_new_chain_s_pseudonym()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("k.key");
        var old = PseudonymKey.Create(path);
        var rotated = old.Rotated();
        rotated.Save(path);

        var before = new Pseudonymiser(old).Bsn("111222333");
        var after = new Pseudonymiser(PseudonymKey.Load(path));

        Assert.Equal(after.Bsn("111222333"), after.Rekey(before));
        Assert.Equal(2, PseudonymKey.Load(path).Chain.Count);
    }

    [Fact]
    public void The_key_file_is_private_and_never_overwritten()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("sleutels", "k.key");
        PseudonymKey.Create(path);

        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        var again = Assert.Throws<MsdUserException>(() => PseudonymKey.Create(path));
        Assert.Contains("msd key rotate", again.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7901 AB", "12a", "7901AB|12-A")]
    [InlineData("7901AB", "12 A", "7901AB|12-A")]
    [InlineData("7901ab", "Dorpsstraat 12A", "7901AB|12-A")]
    [InlineData("7901AB", "Dorpsstraat 12-3", "7901AB|12-3")]
    [InlineData("7901AB", "Dorpsstraat 123", "7901AB|123")]
    public void Addresses_written_differently_are_one_household(string postcode, string number, string key) =>
        Assert.Equal(key, Address.HouseholdKey(postcode, number));

    [Fact]
    public async Task Rotation_rekeys_every_stored_pseudonym_in_the_database()
    {
        using var dir = new TempDirectory();
        var (catalog, _) = CatalogLoader.Load(TestEnvironment.ShippedCatalog);
        await using var db = new DuckDbDatabase(dir.Combine("t.duckdb"));
        await db.MigrateAsync(TestContext.Current.CancellationToken);
        await DatasetTables.SyncAsync(db, catalog, TestContext.Current.CancellationToken);
        var key = PseudonymKey.Create(dir.Combine("k.key"));
        var old = new Pseudonymiser(key);
        await db.ExecuteAsync($"INSERT INTO ds_vroegsignaal (load_id, gemeente_code, signaal_id, client_id) VALUES (1, '0118', 's1', '{old.Bsn("111222333")}')", null, TestContext.Current.CancellationToken);

        var rotated = new Pseudonymiser(key.Rotated());
        await PseudonymRotation.RekeyAsync(db, catalog, rotated, TestContext.Current.CancellationToken);

        var stored = await db.ScalarAsync<string>("SELECT client_id FROM ds_vroegsignaal", null, TestContext.Current.CancellationToken);
        Assert.Equal(rotated.Bsn("111222333"), stored);
        Assert.Equal(rotated.Key.Fingerprint, await db.ScalarAsync<string>("SELECT value FROM msd_workspace WHERE setting = 'pseudonym_key'", null, TestContext.Current.CancellationToken));
    }
}
