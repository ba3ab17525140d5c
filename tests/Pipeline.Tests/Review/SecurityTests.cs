using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Pipeline.Extraction;
using Pipeline.Sources;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Review;

/// <summary>Untrusted notices, forged requests, path ids, lost updates and roles, against a real server.</summary>
[Collection("review")]
public sealed class SecurityTests(ReviewFixture fixture)
{
    private ReviewServer Server => fixture.Server;

    private const string Script = "<script>alert('xss')</script>";
    private const string Attribute = "\"><img src=x onerror=alert(1)>";

    [Fact]
    public async Task Markup_in_a_notice_renders_inert()
    {
        // A record from an ingest run whose OCR'd text holds markup, as an archive of untrusted scans may.
        var file = SourceFile.Load(Repo.Path("corpus", "text", "04_TB-453-TB-UBND_HaNoi_treoco_p1.txt"));
        var clean = Extract.Extractor.Extract(file);
        var hostile = clean with
        {
            Source = clean.Source with { File = "hostile" + Script + ".txt", Sha256 = new string('b', 64) },
            Document = clean.Document with
            {
                Title = "Về việc " + Script + Attribute, Issuer = "UBND" + Attribute,
                Signer = new Pipeline.Records.SignerInfo("Nguyễn " + Script, Attribute, null),
                Recipients = [new Pipeline.Records.RecipientInfo("Sở " + Attribute, Script)],
            },
            Tasks = [.. clean.Tasks.Select(t => t with { Text = t.Text + Script, Units = [new Pipeline.Records.UnitInfo("Sở " + Script, "lead")] })],
        };
        var store = new Pipeline.Review.Storage.DocumentStore(new Pipeline.Review.Storage.Database(Server.DatabasePath), TimeProvider.System);
        var id = new Pipeline.Review.Intake.DocumentIntake(Extract.Extractor, store).Import(hostile, null).Id;

        using var client = await Server.SignIn(ReviewServer.ClerkName);
        Assert.Contains(Script, await client.Http.GetStringAsync($"/api/documents/{id}")); // the data keeps what was read
        var save = await client.SaveDocument(id, new() { ["f.place"] = "Hà Nội" + Script });
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        foreach (var page in new[] { $"/Document/{id}", "/", $"/History/{id}", "/Corrections" })
        {
            var response = await client.Http.GetAsync(page);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        }
        var view = await client.Http.GetStringAsync($"/Document/{id}");
        Assert.Contains("&lt;script&gt;alert(", view);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", view);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var client = await Server.SignIn();
        var id = await client.UploadOk("03.txt", File.ReadAllBytes(Repo.Path("corpus", "text", "03_TB-1894-TB-SCT_LaoCai_ketqua_kiemtra.txt")));
        var fields = ReviewServer.Client.FormFields(await client.Http.GetStringAsync($"/Document/{id}"));
        fields.Remove("__RequestVerificationToken");
        fields["f.title"] = "forged";
        var page = await client.Http.PostAsync($"/Document/{id}", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);

        var api = await client.Upload("a.txt", "THÔNG BÁO"u8.ToArray(), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);

        var record = await client.Http.GetStringAsync($"/api/documents/{id}");
        Assert.DoesNotContain("forged", record);
    }

    [Theory]
    [InlineData("/api/documents/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/documents/..%2F..%2Fetc%2Fpasswd/pages/1.png")]
    [InlineData("/api/documents/%2Fetc%2Fpasswd")]
    [InlineData("/api/documents/ABC/pages/1.png")]
    [InlineData("/Document/..%2F..%2Fetc%2Fpasswd")]
    public async Task Path_like_ids_are_refused(string url)
    {
        using var client = await Server.SignIn();
        var response = await client.Http.GetAsync(url);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_stale_save_is_refused_with_both_versions()
    {
        using var first = await Server.SignIn(ReviewServer.ClerkName);
        using var second = await Server.SignIn(ReviewServer.AdminName);
        var id = await first.UploadOk("06.txt", File.ReadAllBytes(Repo.Path("corpus", "text", "06_NQ-12-2025-NQ-HDND_HaNoi.txt")));
        var firstView = await first.Http.GetStringAsync($"/Document/{id}");
        var secondView = await second.Http.GetStringAsync($"/Document/{id}");

        Assert.Equal(HttpStatusCode.Redirect, (await first.SaveDocument(id, new() { ["f.place"] = "Hà Nội A" }, html: firstView)).StatusCode);
        var stale = await second.SaveDocument(id, new() { ["f.place"] = "Hà Nội B" }, html: secondView);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Xung đột", html);
        Assert.Contains("Hà Nội A", html);
        Assert.Contains("Hà Nội B", html);

        var record = await first.Http.GetStringAsync($"/api/documents/{id}");
        Assert.Contains("Hà Nội A", record);
        Assert.DoesNotContain("Hà Nội B", record);
    }

    [Fact]
    public async Task A_clerk_cannot_reach_admin_pages()
    {
        using var clerk = await Server.SignIn(ReviewServer.ClerkName);
        var page = await clerk.Http.GetAsync("/Admin/Users");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Denied", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.Http.GetAsync("/api/corrections.zip")).StatusCode);

        using var admin = await Server.SignIn(ReviewServer.AdminName);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/Admin/Users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/api/corrections.zip")).StatusCode);
    }

    [Fact]
    public async Task Pages_need_a_sign_in_and_wrong_passwords_are_refused()
    {
        using var client = Server.Anonymous();
        var queue = await client.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.StartsWith("/Login", queue.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Login(ReviewServer.AdminName, "wrong password")).StatusCode);
    }

    [Fact]
    public async Task Login_attempts_are_rate_limited()
    {
        await using var server = new ReviewServer(DocumentExtractor.CreateDefault(), loginAttempts: 3);
        using var client = server.Anonymous();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) codes.Add((await client.Login(ReviewServer.AdminName, "guess " + i)).StatusCode);
        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
    }

    [Fact]
    public void The_audit_trail_is_append_only()
    {
        using var c = new SqliteConnection($"Data Source={Server.DatabasePath}");
        c.Open();
        using var insert = c.CreateCommand();
        insert.CommandText = "INSERT INTO audit (doc_id, user, at, field, before, after) VALUES ('x', 'u', 't', 'f', 'a', 'b')";
        insert.ExecuteNonQuery();
        foreach (var sql in new[] { "UPDATE audit SET after = 'c' WHERE doc_id = 'x'", "DELETE FROM audit WHERE doc_id = 'x'" })
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            Assert.Contains("append-only", Assert.Throws<SqliteException>(() => cmd.ExecuteNonQuery()).Message);
        }
    }

    [Fact]
    public async Task A_full_extraction_queue_answers_503_with_retry_after()
    {
        using var gate = new ManualResetEventSlim(false);
        var extractor = DocumentExtractor.CreateDefault([new GatedReader(gate)]);
        await using var server = new ReviewServer(extractor, workers: 1, capacity: 1);
        using var client = await server.SignIn();
        var text = File.ReadAllBytes(Repo.Path("corpus", "text", "03_TB-1894-TB-SCT_LaoCai_ketqua_kiemtra.txt"));
        var held = client.Upload("held.txt", text);
        await GatedReader.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        var refused = await client.Upload("other.txt", [.. text, (byte)' ']);
        gate.Set();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("5", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.Created, (await held).StatusCode);
    }

    /// <summary>Reads text like the text reader, but holds the first file until the gate opens.</summary>
    private sealed class GatedReader(ManualResetEventSlim gate) : ISourceReader
    {
        public static readonly SemaphoreSlim Entered = new(0);
        private readonly Pipeline.Sources.Text.TextFileReader _text = new(Pipeline.Tests.Support.Extract.Vocab);

        public bool CanRead(SourceFile file) => file.Name == "held.txt";

        public SourceDocument Read(SourceFile file, CancellationToken cancellationToken = default)
        {
            Entered.Release();
            gate.Wait(TimeSpan.FromSeconds(30), cancellationToken);
            return _text.Read(file, cancellationToken);
        }
    }
}
