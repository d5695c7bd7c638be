using System.Globalization;
using System.Security.Cryptography;
using Msd.Generation;

namespace Msd.Bench;

/// <summary>
/// A timed end-to-end `msd generate` run that prints the figures the generator issue names: time,
/// peak memory, size and, for the default scale, whether a second run with the same seed is
/// byte-identical. National scale needs the CBS municipality list (MSD_GEMEENTELIJST or ../shared).
/// </summary>
internal static class GenerationRun
{
    public static int Run(string[] args)
    {
        var scale = Enum.Parse<GeneratorScale>(args.FirstOrDefault() ?? "gemeenten", ignoreCase: true);
        var list = Environment.GetEnvironmentVariable("MSD_GEMEENTELIJST") ?? FindSharedList();
        var (from, to) = GeneratorOptions.DefaultSpan(scale);
        var output = Path.Combine(Path.GetTempPath(), "msd-bench", scale.ToString().ToLowerInvariant());
        if (Directory.Exists(output))
            Directory.Delete(output, recursive: true);

        var summary = Generator.Run(new GeneratorOptions(output, 1, scale, from, to, 0.002, list), new ConsoleProgress());
        Print(scale, summary);
        if (scale == GeneratorScale.Gemeenten)
        {
            var again = output + "-2";
            Generator.Run(new GeneratorOptions(again, 1, scale, from, to, 0.002, list));
            Console.WriteLine($"Zelfde seed, zelfde bytes: {(Fingerprint(output) == Fingerprint(again) ? "ja" : "NEE")}");
        }
        return 0;
    }

    private static void Print(GeneratorScale scale, GenerationSummary s)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"scale={scale} municipalities={s.Municipalities} inhabitants={s.Inhabitants} files={s.Files} bytes={s.Bytes} ({s.Bytes / 1e9:F2} GB) messages={s.Messages}"));
        Console.WriteLine(string.Create(inv, $"elapsed={s.Elapsed.TotalSeconds:F1}s peak_working_set={s.PeakWorkingSet / 1024 / 1024} MB"));
        Console.WriteLine(string.Join(' ', s.Phases.Select(p => string.Create(inv, $"{p.Key.Replace(' ', '_')}={p.Value.TotalSeconds:F1}s"))));
    }

    private static string Fingerprint(string root) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n',
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(root, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))))));

    private static string? FindSharedList()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "istandaarden", "codelijsten", "cbs-gemeentecodes-2026.csv");
            if (File.Exists(Path.Combine(dir.FullName, "Msd.slnx")) && File.Exists(candidate))
                return Path.GetFullPath(candidate);
        }
        return null;
    }

    private sealed class ConsoleProgress : IProgress<GenerationProgress>
    {
        private int _lastPercent = -1;

        public void Report(GenerationProgress value)
        {
            var percent = value.Total == 0 ? 100 : value.Done * 100 / value.Total;
            if (percent / 10 == _lastPercent / 10)
                return;
            _lastPercent = percent;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {percent}% ({value.Done}/{value.Total}) {value.Current}"));
        }
    }
}
