using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Msd.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Msd.Bench.CatalogLoading).Assembly).Run(args);
