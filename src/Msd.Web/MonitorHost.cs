namespace Msd.Web;

/// <summary>Starts the monitor for a workspace on 127.0.0.1, as <c>msd serve</c> and <c>msd demo</c> do.</summary>
public static class MonitorHost
{
    public static WebApplication Build(string workspaceFolder, int port)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // the pages are compiled into this assembly, whichever program hosts them
            ApplicationName = typeof(MonitorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration[MonitorSetup.WorkspaceKey] = workspaceFolder;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // keys at rest in the workspace are as safe as its database; no warning on every start
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // a start that fails (database in use, port taken) is told once, in Dutch, by the command
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.AddMonitor();
        var app = builder.Build();
        app.UseMonitor();
        return app;
    }
}
