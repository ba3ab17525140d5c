using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Pipeline.Extraction;
using Pipeline.Review;
using Pipeline.Review.Accounts;
using Pipeline.Review.Storage;

namespace Pipeline.Tests.Review;

/// <summary>
/// A real Kestrel server on a free loopback port with its own database, an admin and a clerk; the extractor
/// is the CLI's composition (typed readers and OCR), unless a test gives its own.
/// </summary>
public sealed partial class ReviewServer : IAsyncDisposable
{
    public const string AdminName = "admin";
    public const string ClerkName = "clerk";
    public const string Password = "mật-khẩu-đủ-dài";

    private readonly WebApplication _app;
    private readonly Pipeline.Cli.Composition? _composition;
    private readonly string _dir;

    public ReviewServer(DocumentExtractor? extractor = null, int workers = 2, int capacity = 8, int loginAttempts = 1000)
    {
        _dir = Directory.CreateTempSubdirectory("review-test-").FullName;
        if (extractor is null) { _composition = new Pipeline.Cli.Composition(); extractor = _composition.Extractor; }
        var options = new ReviewOptions
        {
            Port = 0, DatabasePath = Path.Combine(_dir, "review.db"), Extractor = extractor,
            Workers = workers, QueueCapacity = capacity, LoginAttemptsPerMinute = loginAttempts,
        };
        var users = new UserStore(new Database(options.DatabasePath), TimeProvider.System);
        users.Create(AdminName, Password, ReviewRoles.Admin);
        users.Create(ClerkName, Password, ReviewRoles.Clerk);
        _app = ReviewApp.Build(options);
        _app.StartAsync().GetAwaiter().GetResult();
        BaseAddress = new Uri(_app.Urls.First());
        DatabasePath = options.DatabasePath;
    }

    public Uri BaseAddress { get; }
    public string DatabasePath { get; }

    public Client Anonymous() => new(this);

    public async Task<Client> SignIn(string name = AdminName)
    {
        var client = new Client(this);
        var response = await client.Login(name, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _composition?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed (tests look at them).</summary>
    public sealed partial class Client : IDisposable
    {
        public Client(ReviewServer server)
        {
            Http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        }

        public HttpClient Http { get; }

        public async Task<HttpResponseMessage> Login(string name, string password)
        {
            var token = FormToken(await Http.GetStringAsync("/Login"));
            return await Http.PostAsync("/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["name"] = name, ["password"] = password, ["__RequestVerificationToken"] = token,
            }));
        }

        public async Task<string> ApiToken()
        {
            using var doc = JsonDocument.Parse(await Http.GetStringAsync("/api/antiforgery"));
            return doc.RootElement.GetProperty("token").GetString()!;
        }

        public async Task<HttpResponseMessage> Upload(string name, byte[] bytes, bool withToken = true, string? contentType = null)
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(contentType ?? "application/octet-stream");
            form.Add(file, "file", name);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
            if (withToken) request.Headers.Add("RequestVerificationToken", await ApiToken());
            return await Http.SendAsync(request);
        }

        /// <summary>Uploads and returns the stored document's id (its SHA-256).</summary>
        public async Task<string> UploadOk(string name, byte[] bytes)
        {
            var response = await Upload(name, bytes);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{name}: {(int)response.StatusCode} {body}");
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.GetProperty("source").GetProperty("sha256").GetString()!;
        }

        /// <summary>Posts the document form as the page renders it, with <paramref name="values"/> changed.</summary>
        public async Task<HttpResponseMessage> SaveDocument(string id, Dictionary<string, string> values, string op = "save", string? html = null)
        {
            html ??= await Http.GetStringAsync($"/Document/{id}");
            var fields = FormFields(html);
            foreach (var (k, v) in values) fields[k] = v;
            fields["op"] = op;
            return await Http.PostAsync($"/Document/{id}", new FormUrlEncodedContent(fields));
        }

        public static string FormToken(string html) => WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);

        /// <summary>The named inputs and textareas of the record form (values decoded), enough to re-post it.</summary>
        public static Dictionary<string, string> FormFields(string html)
        {
            var fields = new Dictionary<string, string>();
            foreach (Match m in InputPattern().Matches(html)) fields[WebUtility.HtmlDecode(m.Groups[1].Value)] = WebUtility.HtmlDecode(m.Groups[2].Value);
            foreach (Match m in TextareaPattern().Matches(html)) fields[WebUtility.HtmlDecode(m.Groups[1].Value)] = WebUtility.HtmlDecode(m.Groups[2].Value).TrimStart('\n');
            fields["__RequestVerificationToken"] = FormToken(html);
            return fields;
        }

        public void Dispose() => Http.Dispose();

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")] private static partial Regex TokenPattern();
        [GeneratedRegex("<input (?:type=\"hidden\" )?name=\"([^\"]+)\"(?: data-field=\"[^\"]*\")? value=\"([^\"]*)\"")] private static partial Regex InputPattern();
        [GeneratedRegex("<textarea name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>")] private static partial Regex TextareaPattern();
    }
}
