namespace Msd.Generation.Extracts;

/// <summary>
/// Writes the registration extracts of the synthetic world as the municipal systems export them
/// (docs/bronbestanden.md; the mappings are in catalog/sources): per municipality, monthly CSV files
/// for the Wmo registration, bijstand, re-integration, minima schemes, debt help and early
/// warnings, and a yearly Excel workbook of the Iv3 ledger. Every file starts with a line marking it
/// as synthetic. Same worlds and seed, same bytes.
/// </summary>
internal static class RegistrationExtracts
{
    /// <summary>
    /// Writes every extract of every world into <paramref name="folder"/>, one world at a time (a lazy
    /// sequence of worlds keeps memory flat at national scale), and returns the files written. With
    /// <paramref name="compress"/> the CSV files are gzip-compressed (.csv.gz); the workbooks are
    /// compressed already. With <paramref name="defects"/> the registration files get the run's
    /// deliberate imperfections, listed in its manifest.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteAllAsync(
        IEnumerable<SyntheticWorld> worlds, DateOnly from, DateOnly to, long seed, string folder, bool compress, CancellationToken cancellationToken, DefectPlan? defects = null)
    {
        Directory.CreateDirectory(folder);
        var run = new ExtractRun(folder, from, to, seed, compress, defects);
        foreach (var world in worlds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            BrpTellingExtract.Write(world, run);
            WmoMeldingenExtract.Write(world, run);
            BijstandUitkeringenExtract.Write(world, run);
            BijstandAanvragenExtract.Write(world, run);
            ReintegratieExtract.Write(world, run);
            MinimaAanvragenExtract.Write(world, run);
            MinimaToekenningenExtract.Write(world, run);
            SchuldhulpTrajectenExtract.Write(world, run);
            VroegsignalenExtract.Write(world, run);
            await FinancienIv3Extract.WriteAsync(world, run, cancellationToken);
        }
        return run.Files;
    }
}
