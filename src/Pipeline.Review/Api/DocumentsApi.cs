using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.Records;
using Pipeline.Review.Desk;
using Pipeline.Review.Intake;
using Pipeline.Review.Storage;
using Pipeline.Sources;

namespace Pipeline.Review.Api;

/// <summary>
/// The REST API, in the manner of GROBID's service: upload and extract, read a record and its page images,
/// export approved records as JSON Lines, health. Everything but health needs a signed-in user; the upload
/// also needs the antiforgery token (header RequestVerificationToken, from GET /api/antiforgery).
/// </summary>
public static class DocumentsApi
{
    private static readonly HashSet<string> Accepted = [".txt", ".md", ".docx", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"];

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/health", (DocumentStore store) => Results.Ok(new { status = "ok", documents = store.Count() }))
            .AllowAnonymous().WithSummary("Liveness and the number of stored documents");

        var api = app.MapGroup("/api").RequireAuthorization();
        api.MapGet("/antiforgery", (HttpContext ctx, IAntiforgery af) =>
        {
            var tokens = af.GetAndStoreTokens(ctx);
            return Results.Ok(new { headerName = tokens.HeaderName, token = tokens.RequestToken });
        }).WithSummary("The antiforgery token a client sends with POST /api/documents");

        api.MapPost("/documents", Upload).DisableAntiforgery() // validated inside, after the content type and size checks
            .WithSummary("Extract an uploaded document (multipart field 'file', at most 20 MB) and store it")
            .Produces<DocumentRecord>(StatusCodes.Status201Created).Produces(StatusCodes.Status413PayloadTooLarge)
            .Produces(StatusCodes.Status415UnsupportedMediaType).Produces(StatusCodes.Status503ServiceUnavailable);

        api.MapGet("/documents/{id}", (string id, DocumentStore store) =>
            !DocumentIds.IsValid(id) ? BadId() : store.Get(id) is { } row ? Results.Json(row.Current, RecordJson.Compact) : Results.NotFound())
            .WithSummary("The current record (approved or not)").Produces<DocumentRecord>();

        api.MapGet("/documents/{id}/pages/{n:int}.png", (string id, int n, DocumentStore store) =>
            !DocumentIds.IsValid(id) ? BadId() : store.Page(id, n) is { } page ? Results.File(page.Data, page.ContentType) : Results.NotFound())
            .WithSummary("A page image, from the store by document id and page number");

        api.MapGet("/documents/{id}/export", (string id, DocumentStore store) =>
            !DocumentIds.IsValid(id) ? BadId()
            : store.Get(id) is not { } row ? Results.NotFound()
            : row.Status != ReviewStatus.Approved ? Results.Conflict(new { error = "the document is not approved yet" })
            : Results.Text(ReviewExport.Line(ReviewExport.Approved(row, store.CorrectedFields(id))), "application/json; charset=utf-8"))
            .WithSummary("The approved record with its review block");

        api.MapGet("/documents/{id}/history", (string id, DocumentStore store) =>
            !DocumentIds.IsValid(id) ? BadId() : Results.Ok(store.History(id)))
            .WithSummary("The audit trail of one document");

        api.MapGet("/export", async (HttpContext ctx, DocumentStore store, string? status) =>
        {
            status ??= ReviewStatus.Approved;
            if (!ReviewStatus.All.Contains(status)) return Results.BadRequest(new { error = $"status must be one of {string.Join(", ", ReviewStatus.All)}" });
            ctx.Response.ContentType = "application/x-ndjson; charset=utf-8";
            await using var writer = new StreamWriter(ctx.Response.Body, new System.Text.UTF8Encoding(false));
            foreach (var id in store.Ids(status))
                if (store.Get(id) is { } row)
                    await writer.WriteLineAsync(ReviewExport.Line(ReviewExport.Approved(row, store.CorrectedFields(id))));
            return Results.Empty;
        }).WithSummary("Records with the given status (default approved), one JSON object a line, each with its review block");

        api.MapGet("/corrections.zip", (DocumentStore store) =>
        {
            var buffer = new MemoryStream();
            ReviewExport.Corrections(store, buffer);
            return Results.File(buffer.ToArray(), "application/zip", "corrections.zip");
        }).RequireAuthorization(ReviewApp.AdminPolicy).WithSummary("Corrected records and their inputs, for `pipeline annotate --from-record` and `pipeline train`");
    }

    private static IResult BadId() => Results.BadRequest(new { error = "a document id is the 64 hex digits of its SHA-256" });

    private static async Task<IResult> Upload(HttpContext ctx, IAntiforgery antiforgery, DocumentIntake intake, ExtractionQueue queue, DocumentStore store)
    {
        if (!ctx.Request.HasFormContentType || !ctx.Request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return Results.Problem("send the document as multipart/form-data, field 'file'", statusCode: StatusCodes.Status415UnsupportedMediaType);
        if (ctx.Request.ContentLength > ReviewOptions.MaxUploadBytes + 64 * 1024)
            return TooLarge();
        IFormCollection form;
        try
        {
            await antiforgery.ValidateRequestAsync(ctx);
            form = await ctx.Request.ReadFormAsync(ctx.RequestAborted);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Problem("the antiforgery token is missing or wrong (GET /api/antiforgery)", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (Exception e) when (e is InvalidDataException or Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            return TooLarge();
        }
        if (form.Files.GetFile("file") is not { } upload) return Results.Problem("no 'file' field in the form", statusCode: StatusCodes.Status400BadRequest);
        if (upload.Length > ReviewOptions.MaxUploadBytes) return TooLarge();
        var name = Path.GetFileName(upload.FileName);
        if (!Accepted.Contains(Path.GetExtension(name).ToLowerInvariant()))
            return Results.Problem($"{name}: not a supported document ({string.Join(' ', Accepted)})", statusCode: StatusCodes.Status415UnsupportedMediaType);

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, ctx.RequestAborted);
        var file = new SourceFile(name, buffer.ToArray());
        try
        {
            var row = await queue.TryRun(() => intake.Extract(file, ctx.RequestAborted), ctx.RequestAborted);
            if (row is null)
            {
                ctx.Response.Headers.RetryAfter = "5";
                return Results.Problem("the extraction queue is full; try again shortly", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            return Results.Json(row.Current, RecordJson.Compact, statusCode: StatusCodes.Status201Created);
        }
        catch (SourceException e)
        {
            return Results.Problem($"{name}: {e.Message}", statusCode: StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static IResult TooLarge() =>
        Results.Problem($"the upload is over {ReviewOptions.MaxUploadBytes / (1024 * 1024)} MB", statusCode: StatusCodes.Status413PayloadTooLarge);

    public static string UserName(ClaimsPrincipal user) => user.Identity?.Name ?? "?";
}
