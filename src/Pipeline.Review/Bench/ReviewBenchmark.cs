using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pipeline.Extraction;
using Pipeline.Records;
using Pipeline.Review.Accounts;
using Pipeline.Review.Intake;
using Pipeline.Review.Storage;
using Pipeline.Sources;

namespace Pipeline.Review.Bench;

/// <summary>
/// `pipeline bench-review`: a database of N documents (real corpus records, repeated under new ids with
/// their issuers and dates varied), a warm server on loopback, then the time to load the queue and a
/// document view (median, p95, against the targets 200 and 300 ms), and POST /api/documents throughput
/// on a corpus folder against the same extractor called in-process.
/// </summary>
public static partial class ReviewBenchmark
{
    public static async Task<int> Run(DocumentExtractor extractor, int documents, string corpusDir, int rounds, TextWriter output)
    {
        var dir = Directory.CreateTempSubdirectory("review-bench-").FullName;
        try
        {
            var dbPath = Path.Combine(dir, "review.db");
            var files = Directory.EnumerateFiles(corpusDir).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(SourceFile.Load).ToList();
            var pdfs = Directory.Exists(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(corpusDir).TrimEnd('/'))!, "pdf"))
                ? Directory.EnumerateFiles(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(corpusDir).TrimEnd('/'))!, "pdf"), "*.pdf").Order(StringComparer.Ordinal).Take(2).Select(SourceFile.Load).ToList()
                : [];
            if (files.Count == 0) { output.WriteLine($"error: {corpusDir}: no .txt or .md documents"); return 64; }

            var seed = Stopwatch.StartNew();
            var store = new DocumentStore(new Database(dbPath), TimeProvider.System);
            var samples = files.Concat(pdfs).Select(f =>
            {
                var source = extractor.Readers.Read(f);
                var lines = Lines.LinePreparer.Prepare(source).Lines.Select(l => l.Text).ToList();
                return (Record: extractor.Extract(source), Lines: lines, Pages: PageImages.Render(f, DocumentIntake.RenderTimeout), f.Bytes);
            }).ToList();
            for (var i = 0; i < documents; i++)
            {
                var s = samples[i % samples.Count];
                var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"bench-{i}")));
                var record = s.Record with
                {
                    Source = s.Record.Source with { Sha256 = id, File = $"{i:00000}-{s.Record.Source.File}" },
                    Document = s.Record.Document with { Issuer = $"{s.Record.Document.Issuer} {i % 40}", IssuedDate = $"{2015 + i % 11}-{1 + i % 12:00}-{1 + i % 28:00}" },
                };
                store.Add(new NewDocument(id, record.Source.File, record.Source.MediaType, record, s.Lines, s.Pages, null));
            }
            output.WriteLine($"seeded {documents} documents ({samples.Count} distinct records, {pdfs.Count} with page images) in {seed.Elapsed.TotalSeconds:0.0} s; database {new FileInfo(dbPath).Length / 1e6:0.0} MB");

            var users = new UserStore(store.Database, TimeProvider.System);
            users.Create("bench", "bench-password", ReviewRoles.Clerk);
            var app = ReviewApp.Build(new ReviewOptions { Port = 0, DatabasePath = dbPath, Extractor = extractor, QueueCapacity = 64 });
            await app.StartAsync();
            try
            {
                using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Urls.First()) };
                var token = Token(await http.GetStringAsync("/Login"));
                await http.PostAsync("/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "bench", ["password"] = "bench-password", ["__RequestVerificationToken"] = token }));
                var ids = store.Ids(null).ToList();
                var random = new Random(7);
                var pages = new[] { "/", "/?status=new&type=TB", $"/?p={documents / 50 / 2}", "/?issuer=" + Uri.EscapeDataString(samples[0].Record.Document.Issuer + " 0") };
                var withImages = ids.Where(id => store.Get(id)!.Pages.Count > 0).Take(20).ToList();

                // Warm: JIT, Razor views, SQLite page cache.
                for (var i = 0; i < 20; i++) { await Get(http, pages[i % pages.Length]); await Get(http, $"/Document/{ids[random.Next(ids.Count)]}"); }
                var queue = new List<double>();
                var view = new List<double>();
                for (var i = 0; i < rounds; i++)
                {
                    queue.Add(await Get(http, pages[i % pages.Length]));
                    var id = i % 4 == 0 && withImages.Count > 0 ? withImages[i % withImages.Count] : ids[random.Next(ids.Count)];
                    view.Add(await Get(http, $"/Document/{id}"));
                }
                Report(output, "queue (50 a page; filters: none, status+type, page 100, issuer)", queue, 200);
                Report(output, "document view (fields, tasks, boxes)", view, 300);

                // Throughput: the same files through POST /api/documents and through the extractor in-process.
                using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/antiforgery"));
                var apiToken = doc.RootElement.GetProperty("token").GetString()!;
                var unique = files.Select((f, i) => new SourceFile(f.Name, [.. f.Bytes, .. Encoding.UTF8.GetBytes($"\n{i} {Guid.NewGuid()}")])).ToList();
                var inProcess = Stopwatch.StartNew();
                foreach (var f in unique) extractor.Extract(f);
                inProcess.Stop();
                var posted = Stopwatch.StartNew();
                var failed = 0;
                await Parallel.ForEachAsync(unique, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (f, ct) =>
                {
                    using var form = new MultipartFormDataContent { { new ByteArrayContent(f.Bytes), "file", f.Name } };
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
                    request.Headers.Add("RequestVerificationToken", apiToken);
                    using var response = await http.SendAsync(request, ct);
                    if (response.StatusCode != HttpStatusCode.Created) Interlocked.Increment(ref failed);
                });
                posted.Stop();
                output.WriteLine($"POST /api/documents: {unique.Count} documents of {corpusDir} in {posted.Elapsed.TotalSeconds:0.00} s = {unique.Count / posted.Elapsed.TotalSeconds:0.0} documents/s (2 clients; {failed} not created)");
                output.WriteLine($"in-process extraction of the same files: {inProcess.Elapsed.TotalSeconds:0.00} s = {unique.Count / inProcess.Elapsed.TotalSeconds:0.0} documents/s (1 thread); service/in-process ratio {inProcess.Elapsed.TotalSeconds / posted.Elapsed.TotalSeconds:0.00}");
                return 0;
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, true);
        }
    }

    private static async Task<double> Get(HttpClient http, string url)
    {
        var sw = Stopwatch.StartNew();
        using var response = await http.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        sw.Stop();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"{url}: {(int)response.StatusCode}");
        return sw.Elapsed.TotalMilliseconds;
    }

    private static void Report(TextWriter output, string what, List<double> ms, double target)
    {
        var sorted = ms.Order().ToList();
        var median = sorted[sorted.Count / 2];
        var p95 = sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(sorted.Count * 0.95) - 1)];
        output.WriteLine($"{what}: median {median:0.0} ms, p95 {p95:0.0} ms, max {sorted[^1]:0.0} ms over {ms.Count}; target {target:0} ms: median/target {median / target:0.00} ({(p95 <= target ? "met at p95" : "NOT met at p95")})");
    }

    private static string Token(string html) => WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")] private static partial Regex TokenPattern();
}
