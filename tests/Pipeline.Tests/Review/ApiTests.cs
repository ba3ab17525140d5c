using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Records;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Review;

/// <summary>The REST API on a real server, one endpoint after another, on real corpus documents.</summary>
[Collection("review")]
public sealed class ApiTests(ReviewFixture fixture)
{
    private ReviewServer Server => fixture.Server;

    private static byte[] Corpus(params string[] path) => File.ReadAllBytes(Repo.Path(["corpus", .. path]));

    [Fact]
    public async Task Health_is_anonymous_and_counts_documents()
    {
        using var client = Server.Anonymous();
        var response = await client.Http.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", doc.RootElement.GetProperty("status").GetString());
        Assert.True(doc.RootElement.GetProperty("documents").GetInt32() >= 0);
    }

    [Fact]
    public async Task OpenApi_describes_the_document_endpoints()
    {
        using var client = Server.Anonymous();
        var json = JsonNode.Parse(await client.Http.GetStringAsync("/openapi/v1.json"))!;
        var paths = json["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/documents", paths);
        Assert.Contains("/api/documents/{id}", paths);
        Assert.Contains("/api/export", paths);
        Assert.Contains("/api/health", paths);
    }

    [Fact]
    public async Task Upload_extracts_stores_and_returns_the_record_with_provenance()
    {
        using var client = await Server.SignIn(ReviewServer.ClerkName);
        var bytes = Corpus("text", "04_TB-453-TB-UBND_HaNoi_treoco_p1.txt");
        var response = await client.Upload("04_TB-453-TB-UBND_HaNoi_treoco_p1.txt", bytes);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var posted = RecordJson.Deserialize(await response.Content.ReadAsStringAsync());
        SchemaCheck.AssertValid(posted);
        ProvenanceCheck.AssertValid(JsonNode.Parse(RecordJson.Serialize(posted))!);
        var cli = Extract.Extractor.Extract(new Pipeline.Sources.SourceFile("04_TB-453-TB-UBND_HaNoi_treoco_p1.txt", bytes));
        Assert.Equal(RecordJson.Serialize(cli), RecordJson.Serialize(posted)); // the same extractor as the CLI
        Assert.True(posted.Document.Provenance.ContainsKey("title"));
        Assert.NotEmpty(posted.Document.Provenance["number"].Lines);

        var stored = await client.Http.GetStringAsync($"/api/documents/{posted.Source.Sha256}");
        Assert.Equal(RecordJson.Serialize(posted), RecordJson.Serialize(RecordJson.Deserialize(stored)));
    }

    [Fact]
    public async Task A_pdf_gets_page_images_served_by_id_and_boxes_in_points()
    {
        using var client = await Server.SignIn();
        var pdf = Directory.GetFiles(Repo.Path("corpus", "pdf"), "*.pdf").Order().First();
        var id = await client.UploadOk(Path.GetFileName(pdf), File.ReadAllBytes(pdf));
        var png = await client.Http.GetAsync($"/api/documents/{id}/pages/1.png");
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        var bytes = await png.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/api/documents/{id}/pages/999.png")).StatusCode);

        var record = RecordJson.Deserialize(await client.Http.GetStringAsync($"/api/documents/{id}"));
        var region = record.Document.Provenance.Values.SelectMany(p => p.Regions).First();
        Assert.Equal("pt", region.Unit);
        Assert.InRange(region.X, 0, 842);
        var html = await client.Http.GetStringAsync($"/Document/{id}");
        Assert.Contains("class=\"box\"", html);
    }

    [Fact]
    public async Task Api_needs_a_signed_in_user()
    {
        using var client = Server.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync($"/api/documents/{new string('a', 64)}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/export")).StatusCode);
        var upload = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "a.txt" } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.PostAsync("/api/documents", upload)).StatusCode);
    }

    [Fact]
    public async Task Uploads_over_20_MB_are_refused()
    {
        using var client = await Server.SignIn();
        var big = Encoding.UTF8.GetBytes(new string('a', 20 * 1024 * 1024 + 1000));
        var response = await client.Upload("big.txt", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_content_type_is_refused()
    {
        using var client = await Server.SignIn();
        using var json = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent("{\"file\":\"x\"}", Encoding.UTF8, "application/json") };
        json.Headers.Add("RequestVerificationToken", await client.ApiToken());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.Http.SendAsync(json)).StatusCode);

        var exe = await client.Upload("setup.exe", [0x4D, 0x5A, 0x90, 0x00]);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, exe.StatusCode);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_gets_a_clear_error()
    {
        using var client = await Server.SignIn();
        var response = await client.Upload("broken.pdf", "%PDF-1.4 not really a pdf"u8.ToArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("broken.pdf", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_lists_approved_records_as_json_lines_with_a_review_block()
    {
        using var client = await Server.SignIn();
        var id = await client.UploadOk("03_TB-1894-TB-SCT_LaoCai_ketqua_kiemtra.txt", Corpus("text", "03_TB-1894-TB-SCT_LaoCai_ketqua_kiemtra.txt"));
        Assert.Equal(HttpStatusCode.Conflict, (await client.Http.GetAsync($"/api/documents/{id}/export")).StatusCode);
        var approve = await client.SaveDocument(id, new() { ["f.place"] = "Lào Cai (đã sửa)" }, "approve");
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);

        var lines = (await client.Http.GetStringAsync("/api/export?status=approved")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var mine = lines.Select(l => JsonNode.Parse(l)!).Single(n => n["source"]!["sha256"]!.GetValue<string>() == id);
        Assert.Equal("approved", mine["review"]!["status"]!.GetValue<string>());
        Assert.Equal(ReviewServer.AdminName, mine["review"]!["approvedBy"]!.GetValue<string>());
        Assert.Contains("document.place", mine["review"]!["correctedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("Lào Cai (đã sửa)", mine["document"]!["place"]!.GetValue<string>());
        Assert.Empty(SchemaCheck.Errors(SchemaCheck.Document, mine.ToJsonString()));

        var single = JsonNode.Parse(await client.Http.GetStringAsync($"/api/documents/{id}/export"))!;
        Assert.Equal(ReviewServer.AdminName, single["review"]!["approvedBy"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.Http.GetAsync("/api/export?status=deleted")).StatusCode);
    }

    [Fact]
    public async Task Import_loads_a_finished_ingest_folder_with_its_inputs()
    {
        var dir = Directory.CreateTempSubdirectory("ingest-out-").FullName;
        try
        {
            var input = Repo.Path("corpus", "text", "06_NQ-12-2025-NQ-HDND_HaNoi.txt");
            var file = Pipeline.Sources.SourceFile.Load(input);
            var record = Extract.Extractor.Extract(file);
            Directory.CreateDirectory(Path.Combine(dir, "records"));
            Directory.CreateDirectory(Path.Combine(dir, "status"));
            File.WriteAllText(Path.Combine(dir, "records", file.Sha256 + ".json"), RecordJson.Serialize(record));
            File.WriteAllText(Path.Combine(dir, "status", file.Sha256 + ".json"), JsonSerializer.Serialize(new { sha256 = file.Sha256, paths = new[] { input } }));
            File.WriteAllText(Path.Combine(dir, "records", "broken.json"), "{ not json");

            var db = new Pipeline.Review.Storage.Database(Server.DatabasePath);
            var intake = new Pipeline.Review.Intake.DocumentIntake(Extract.Extractor, new Pipeline.Review.Storage.DocumentStore(db, TimeProvider.System));
            var err = new StringWriter();
            var (imported, failed) = new Pipeline.Review.Intake.BatchImporter(intake).Import(dir, new StringWriter(), err);
            Assert.Equal((1, 1), (imported, failed));
            Assert.Contains("broken.json", err.ToString());

            using var client = await Server.SignIn();
            var stored = RecordJson.Deserialize(await client.Http.GetStringAsync($"/api/documents/{file.Sha256}"));
            Assert.Equal(record.Document.Reference, stored.Document.Reference);
            var html = await client.Http.GetStringAsync($"/Document/{file.Sha256}");
            Assert.Contains("class=\"src\"", html); // a text input: source lines instead of boxes
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
