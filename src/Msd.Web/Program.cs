using Msd.Web;

// The monitor on its own: `dotnet run --project src/Msd.Web -- --workspace PATH`. `msd serve` and
// `msd demo` start the same application through MonitorHost.
var builder = WebApplication.CreateBuilder(args);
builder.AddMonitor();
var app = builder.Build();
app.UseMonitor();
app.Run();
