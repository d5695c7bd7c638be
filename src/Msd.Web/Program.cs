// The monitor arrives with its own issue; until then the host only answers a health check.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/gezondheid", () => TypedResults.Ok(new { status = "ok" }));
app.Run();
