using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Review.Accounts;
using Pipeline.Review.Api;
using Pipeline.Review.Intake;
using Pipeline.Review.Storage;

namespace Pipeline.Review;

/// <summary>Builds the service: REST API, review desk (Razor Pages), cookie accounts, antiforgery, rate limits.</summary>
public static class ReviewApp
{
    public const string LoginPolicy = "login";
    public const string AdminPolicy = "admin";

    public static WebApplication Build(ReviewOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // The pages are compiled into this assembly, not the CLI that hosts it.
            ApplicationName = typeof(ReviewApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls($"http://{(options.Host.Contains(':') ? $"[{options.Host}]" : options.Host)}:{options.Port}");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = ReviewOptions.MaxUploadBytes + 64 * 1024);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(f => f.MultipartBodyLengthLimit = ReviewOptions.MaxUploadBytes);

        var db = new Database(options.DatabasePath);
        // Keys beside the database: sign-ins and antiforgery tokens survive a restart.
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(db.Path + ".keys")).SetApplicationName("pipeline-review");
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Clock);
        builder.Services.AddSingleton(db);
        builder.Services.AddSingleton<DocumentStore>();
        builder.Services.AddSingleton<UserStore>();
        builder.Services.AddSingleton(options.Extractor);
        builder.Services.AddSingleton(options.Extractor.Vocab); // the record editor names a corrected type as the extractor does
        builder.Services.AddSingleton<DocumentIntake>();
        builder.Services.AddSingleton(new ExtractionQueue(options.Workers, options.QueueCapacity));

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(c =>
        {
            c.LoginPath = "/Login";
            c.AccessDeniedPath = "/Denied";
            c.Cookie.HttpOnly = true;
            c.Cookie.SameSite = SameSiteMode.Strict;
            c.Cookie.Name = "review.auth";
            c.ExpireTimeSpan = TimeSpan.FromHours(10);
            // The API answers 401/403; only pages redirect to the login form.
            c.Events.OnRedirectToLogin = e => Deny(e.HttpContext, e.RedirectUri, StatusCodes.Status401Unauthorized);
            c.Events.OnRedirectToAccessDenied = e => Deny(e.HttpContext, e.RedirectUri, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, p => p.RequireRole(ReviewRoles.Admin));
        builder.Services.AddAntiforgery(a =>
        {
            a.HeaderName = "RequestVerificationToken";
            a.Cookie.Name = "review.csrf";
            a.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.AddPolicy(LoginPolicy, ctx => ctx.Request.Method == HttpMethods.Post
                ? RateLimitPartition.GetFixedWindowLimiter(ctx.Connection.RemoteIpAddress?.ToString() ?? "?",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        // Vietnamese text rendered as characters, not &#x…; entities; markup characters are still encoded.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Denied");
            o.Conventions.AuthorizeFolder("/Admin", AdminPolicy);
            o.Conventions.AddPageApplicationModelConvention("/Login", m => m.EndpointMetadata.Add(new EnableRateLimitingAttribute(LoginPolicy)));
        });
        builder.Services.AddOpenApi();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(async (ctx, next) =>
        {
            var h = ctx.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            // No inline script can run, so even text that escaped encoding would stay inert.
            h.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
            h["Referrer-Policy"] = "no-referrer";
            await next();
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi();
        DocumentsApi.Map(app);
        StaticAssets.Map(app);
        app.MapRazorPages();
        return app;
    }

    private static Task Deny(HttpContext ctx, string redirect, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api")) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(redirect);
        return Task.CompletedTask;
    }
}
