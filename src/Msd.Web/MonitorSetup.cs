using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.ResponseCompression;
using Msd.Web.Export;
using Msd.Web.Monitor;

namespace Msd.Web;

/// <summary>The one place the web host registers the monitor: workspace, pages, sign-in, assets and exports.</summary>
public static class MonitorSetup
{
    /// <summary>The configuration key naming the workspace folder (<c>--workspace</c> on the command line).</summary>
    public const string WorkspaceKey = "workspace";

    /// <summary>
    /// Loads, quarantine and check results show record counts per delivery and reasons that may quote
    /// source fields: only for the roles that manage the data, never for anonymous readers.
    /// </summary>
    public const string DataManagers = "gegevensbeheer";

    public static WebApplicationBuilder AddMonitor(this WebApplicationBuilder builder)
    {
        // read when first needed, so a test host's settings (WebApplicationFactory) count as well
        static string Folder(IConfiguration configuration) => Path.GetFullPath(configuration[WorkspaceKey] ?? Directory.GetCurrentDirectory());
        builder.Services.AddSingleton(services => MonitorData.Open(Folder(services.GetRequiredService<IConfiguration>())));
        // sign-in cookies stay valid across restarts: the keys live in the workspace, beside its database
        builder.Services.AddDataProtection().SetApplicationName("msd");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConfiguration, ILoggerFactory>((options, configuration, logging) =>
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(Folder(configuration), "data", "web-sleutels")), logging));
        builder.Services.AddRazorPages().AddApplicationPart(typeof(MonitorSetup).Assembly);
        // local accounts today; an OpenID Connect scheme can sit beside the cookie later
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/inloggen";
            options.LogoutPath = "/uitloggen";
            options.AccessDeniedPath = "/inloggen";
            options.Cookie.Name = "msd-sessie";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        builder.Services.AddAuthorization(options => options.AddPolicy(DataManagers, policy =>
            policy.RequireRole(Msd.Accounts.Role.Beheerder, Msd.Accounts.Role.Analist, Msd.Accounts.Role.Sleutelgebruiker)));
        // pages for readers who are not signed in are the same for everyone until the next publication
        builder.Services.AddOutputCache(options => options.AddBasePolicy(policy => policy
            .Tag(MonitorWatch.CacheTag)
            .VaryByValue(context => new KeyValuePair<string, string>("versie", context.RequestServices.GetRequiredService<MonitorData>().Version.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Expire(TimeSpan.FromHours(1))));
        builder.Services.AddHostedService<MonitorWatch>();
        builder.Services.AddResponseCompression(options =>
        {
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/csv"];
        });
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return builder;
    }

    public static WebApplication UseMonitor(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/fout");
        app.UseStatusCodePagesWithReExecute("/fout", "?code={0}");
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
            await next();
        });
        app.UseResponseCompression();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.MapFrontendAssets();
        app.MapTableExports();
        app.MapGet("/gezondheid", () => TypedResults.Ok(new { status = "ok" }));
        app.MapGet(DistrictMap.Url, (MonitorData data) =>
            data.Map is { } map ? Results.File(map.Path, "application/geo+json") : Results.NotFound());
        app.MapRazorPages();
        return app;
    }
}
