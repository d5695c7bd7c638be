using BenchmarkDotNet.Running;
using Msd.Bench;

// dotnet run -c Release --project bench/Msd.Bench -- generate [gemeenten|regio|landelijk]   (timed end-to-end run)
// dotnet run -c Release --project bench/Msd.Bench -- berichten [DATAMAP]                      (message ingest vs a bare XmlReader pass)
// dotnet run -c Release --project bench/Msd.Bench -- --filter '*'                          (BenchmarkDotNet)
// dotnet run -c Release --project bench/Msd.Bench -- csv FILE.csv gebiedsindeling.csv    (CSV ingest vs DuckDB read_csv)
// dotnet run -c Release --project bench/Msd.Bench -- compute WERKRUIMTE                     (KPI engine: full catalogue, unchanged rerun, five KPIs vs hand-written SQL)
// dotnet run -c Release --project bench/Msd.Bench -- web WERKRUIMTE [SECONDEN] [CLIENTS]      (monitor: p95 per page under load, first render in Chromium)
if (args.Length > 0 && args[0] == "web")
    return await WebRun.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "generate")
    return GenerationRun.Run(args[1..]);
if (args.Length > 0 && args[0] == "csv")
    return await CsvIngestRun.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "compute")
    return await ComputeRun.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "berichten")
    return await BerichtIngestRun.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(CatalogLoading).Assembly).Run(args);
return 0;
