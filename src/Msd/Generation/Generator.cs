using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Msd.Generation;

/// <summary>Progress of a run, for a progress bar: municipalities done of the total.</summary>
public sealed record GenerationProgress(int Done, int Total, string Current);

/// <summary>What a run produced, for the closing summary and the benchmarks; <see cref="Phases"/> splits the time.</summary>
public sealed record GenerationSummary(
    int Municipalities, long Inhabitants, long Files, long Bytes, long Messages, TimeSpan Elapsed, long PeakWorkingSet, IReadOnlyDictionary<string, TimeSpan> Phases);

/// <summary>
/// `msd generate`: builds the synthetic world municipality by municipality (so memory stays flat
/// at national scale) and writes everything a municipality receives, plus the ground truth.
/// </summary>
public static class Generator
{
    public static GenerationSummary Run(GeneratorOptions options, IProgress<GenerationProgress>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var root = Path.GetFullPath(options.OutputDirectory);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
            throw new MsdUserException($"De map {root} is niet leeg. Kies een lege of nieuwe map, zodat oude en nieuwe bestanden niet door elkaar raken.");
        var municipalities = Municipalities(options);
        Directory.CreateDirectory(root);
        var bsns = BsnAllocator.Blocks(options.Seed, municipalities, options.To.Year - options.From.Year + 1);
        long inhabitants = 0, messages = 0;
        var allTruth = new List<GroundTruthRow>();
        var defectNumber = 0;
        var phases = new PhaseClock();
        using (var areas = new AreaTableWriter(root))
        using (var cbs = new CbsTables(root, options.Compress, options.From, options.To))
        using (var manifest = DefectPlan.OpenManifest(root))
        using (var truth = new StreamWriter(GeneratedFile.Create(root, "controle/grondwaarheid.csv", compress: false), new UTF8Encoding(false)) { NewLine = "\n" })
        {
            truth.WriteLine(GroundTruthRow.Header);
            // municipalities are built and written in parallel, a batch per core; the shared files
            // (area table, CBS tables, truth, manifest) are then appended in municipality order, so
            // the output does not depend on which core finished first
            var batch = Math.Max(1, Environment.ProcessorCount);
            for (var start = 0; start < municipalities.Count; start += batch)
            {
                progress?.Report(new GenerationProgress(start, municipalities.Count, municipalities[start].Name));
                var built = new Municipality[Math.Min(batch, municipalities.Count - start)];
                Parallel.For(0, built.Length, new ParallelOptions { MaxDegreeOfParallelism = batch }, i =>
                    built[i] = Build(municipalities[start + i], bsns[start + i], root, options, phases));
                foreach (var result in built)
                {
                    phases.Time("grondwaarheid en CBS", () =>
                    {
                        areas.Write(result.World.Population);
                        cbs.Write(result.World, result.Truth);
                        foreach (var row in result.Truth)
                            truth.WriteLine(row.ToCsv());
                        if (options.Scale == GeneratorScale.Gemeenten)
                            allTruth.AddRange(result.Truth);
                        result.Defects.WriteTo(manifest, ref defectNumber);
                        return 0;
                    });
                    inhabitants += result.World.Population.CountOn(options.To);
                    messages += result.Messages;
                }
            }
            // the default pair is also reported as the shared-service area SWO, as the default workspace does
            foreach (var row in GroundTruthRow.Combine("SWO", allTruth))
                truth.WriteLine(row.ToCsv());
        }
        WriteReadme(root, options, municipalities);
        progress?.Report(new GenerationProgress(municipalities.Count, municipalities.Count, ""));
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        using var process = Process.GetCurrentProcess();
        return new GenerationSummary(municipalities.Count, inhabitants, files.Count, files.Sum(f => f.Length), messages, clock.Elapsed, process.PeakWorkingSet64, phases.Totals);
    }

    /// <summary>One municipality's world, its files written, and what still goes into the shared files.</summary>
    private sealed record Municipality(SyntheticWorld World, long Messages, List<GroundTruthRow> Truth, DefectPlan Defects);

    private static Municipality Build(GeneratedMunicipality municipality, BsnAllocator bsns, string root, GeneratorOptions options, PhaseClock phases)
    {
        var defects = new DefectPlan(options.DefectRate, options.Seed);
        var world = phases.Time("wereld", () => SyntheticWorld.Build(municipality, options.From, options.To, options.Seed, bsns));
        // outputs first: they decide which records get a defect, and those stay out of the truth
        var messages = phases.Time("berichten", () => WriteMessages(root, world, options, defects));
        phases.Time("registratie", () => Extracts.RegistrationExtracts.WriteAllAsync([world], options.From, options.To, options.Seed,
            Path.Combine(root, "registratie"), options.Compress, CancellationToken.None, defects).GetAwaiter().GetResult());
        var truth = phases.Time("grondwaarheid en CBS", () => GroundTruth.For(world, options.From, options.To, options.Seed, defects.IsExcluded).ToList());
        return new Municipality(world, messages, truth, defects);
    }

    /// <summary>The message traffic of the spells still relevant in the run (history of spells that ended before it is left out).</summary>
    private static long WriteMessages(string root, SyntheticWorld world, GeneratorOptions options, DefectPlan defects)
    {
        var code = world.Population.Municipality.Code;
        using var files = new MessageFiles(root, code);
        var random = new SeededRandom(options.Seed, "berichten", code);
        var care = new CareMessages(files, world, random, defects, options.Seed);
        var relevant = world.Care.Where(s => (s.RequestDate ?? DateOnly.MinValue) >= options.From
            || (s.Versions.Count > 0 && ((s.Current.Einddatum ?? DateOnly.MaxValue) >= options.From
                || (s.DeliveryStart is not null && (s.DeliveryEnd ?? DateOnly.MaxValue) >= options.From)))).ToList();
        foreach (var spell in relevant)
            care.Write(spell, options.To);
        care.WriteFileDefects(options.From, options.To);
        new DeclarationMessages(files, code, random, defects, options.Seed).Write(relevant, options.From, options.To);
        return files.Count;
    }

    /// <summary>CPU time per phase, summed over the parallel workers.</summary>
    private sealed class PhaseClock
    {
        private readonly Dictionary<string, TimeSpan> _totals = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, TimeSpan> Totals
        {
            get
            {
                lock (_totals)
                    return new Dictionary<string, TimeSpan>(_totals, StringComparer.Ordinal);
            }
        }

        public T Time<T>(string phase, Func<T> work)
        {
            var start = Stopwatch.GetTimestamp();
            var result = work();
            lock (_totals)
                _totals[phase] = _totals.GetValueOrDefault(phase) + Stopwatch.GetElapsedTime(start);
            return result;
        }
    }

    internal static IReadOnlyList<GeneratedMunicipality> Municipalities(GeneratorOptions options)
    {
        if (options.Scale == GeneratorScale.Gemeenten)
            return MunicipalityProfiles.Default();
        if (options.MunicipalityList is not { } list || !File.Exists(list))
        {
            throw new MsdUserException(
                $"Voor schaal '{options.Scale.ToString().ToLowerInvariant()}' is de CBS-gemeentelijst nodig (gemeentecode;gemeentenaam;provincie;…). Geef het bestand op met --municipalities.");
        }
        return MunicipalityProfiles.FromCbsList(list, options.Scale == GeneratorScale.Regio ? "Drenthe" : null, options.Seed);
    }

    private static void WriteReadme(string root, GeneratorOptions options, IReadOnlyList<GeneratedMunicipality> municipalities)
    {
        var text = new StringBuilder()
            .AppendLine("SYNTHETISCHE TESTDATA — gemaakt door msd generate. Geen echte personen; BSN's zijn verzonnen en voldoen alleen aan de 11-proef.")
            .AppendLine(CultureInfo.InvariantCulture, $"Seed: {options.Seed}; schaal: {options.Scale.ToString().ToLowerInvariant()}; periode: {options.From:yyyy-MM} t/m {options.To:yyyy-MM}; defecten: {options.DefectRate.ToString(CultureInfo.InvariantCulture)}")
            .AppendLine(CultureInfo.InvariantCulture, $"Gemeenten: {municipalities.Count} ({string.Join(", ", municipalities.Take(5).Select(m => $"{m.Name} {m.Code}"))}{(municipalities.Count > 5 ? ", …" : "")})")
            .AppendLine("Inhoud: gebiedsindeling.csv, registratie/ (bronbestanden), cbs/ (StatLine-tabellen), berichten/ (iJw/iWmo 3.2), controle/grondwaarheid.csv en controle/defecten.csv.")
            .AppendLine("Uitleg: docs/generator.md in de broncode van Monitor Sociaal Domein.");
        File.WriteAllText(Path.Combine(root, "LEESMIJ.txt"), text.ToString(), new UTF8Encoding(false));
    }
}
