using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Review;

/// <summary>The desk's one script and one stylesheet, embedded in the assembly (no inline script anywhere).</summary>
public static class StaticAssets
{
    public static void Map(WebApplication app)
    {
        Serve(app, "/desk.js", "desk.js", "text/javascript; charset=utf-8");
        Serve(app, "/desk.css", "desk.css", "text/css; charset=utf-8");
    }

    private static void Serve(WebApplication app, string path, string resource, string contentType)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        app.MapGet(path, (HttpContext ctx) =>
        {
            ctx.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Text(text, contentType);
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
