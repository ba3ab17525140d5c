using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Review;

/// <summary>
/// The desk as a clerk uses it, in Debian's chromium driven by Playwright: sign in, open the queue, open a
/// real scan, select a field (its box lights up), correct a field and a task's unit, approve, then read the
/// audit trail and the exported record.
/// </summary>
[Collection("review")]
public sealed class DeskBrowserTests(ReviewFixture fixture)
{
    public const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_clerk_corrects_and_approves_a_scanned_notice()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: scripts/setup.sh installs Debian's chromium");
        var server = fixture.Server;
        string id;
        using (var api = await server.SignIn())
            id = await api.UploadOk("real_hanoi_tb_453_flag_p1.png", File.ReadAllBytes(Repo.Path("corpus", "scans", "real_hanoi_tb_453_flag_p1.png")));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { BaseURL = server.BaseAddress.ToString(), ViewportSize = new() { Width = 1400, Height = 900 } });

        await page.GotoAsync("/");
        Assert.Contains("/Login", page.Url);
        await page.FillAsync("input[name=name]", ReviewServer.ClerkName);
        await page.FillAsync("input[name=password]", ReviewServer.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForSelectorAsync("table.queue");
        Assert.Contains("Hàng đợi duyệt", await page.InnerTextAsync("h1"));

        // REVIEW_SCREENSHOTS=docs makes this run also take the screenshots of docs/review-desk.md.
        var shots = Environment.GetEnvironmentVariable("REVIEW_SCREENSHOTS");
        if (shots is not null) await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "review-queue.png") });

        await page.ClickAsync($"a[href='/Document/{id}']");
        await page.WaitForSelectorAsync(".page img");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.page img').naturalWidth > 0"), "the page image loads");

        // Selecting a field highlights its box on the scan, and only its box.
        Assert.Equal(0, await page.Locator(".box.hl").CountAsync());
        await page.FocusAsync("[name='f.reference']");
        var highlighted = page.Locator(".box.hl");
        Assert.True(await highlighted.CountAsync() >= 1);
        Assert.Equal("f.reference", await highlighted.First.GetAttributeAsync("data-for"));
        Assert.True(await highlighted.First.IsVisibleAsync());
        await page.FocusAsync("[name='t0.text']");
        Assert.Equal("t0.text", await page.Locator(".box.hl").First.GetAttributeAsync("data-for"));
        if (shots is not null)
        {
            await page.FocusAsync("[name='f.signer.name']");
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "review-document.png") });
        }

        // Correct the signer's position and the first task's unit, then approve (Alt+A). The OCR now reads the position
        // right ("Phó Chánh Văn phòng"), so the clerk's correction is a different post.
        await page.FillAsync("[name='f.signer.position']", "Chánh Văn phòng Ủy ban nhân dân Thành phố");
        await page.FillAsync("[name='t0.units']", "Sở Văn hóa và Thể thao | lead");
        // The wait is armed before the key is pressed (as Playwright's RunAndWaitForNavigation did): a URL check
        // after the press followed by a wait for the next navigation leaves a window in which a fast redirect can commit
        // unseen. What the page sent and received is kept for the failure message.
        var traffic = new List<string>();
        void Log(string line) { lock (traffic) traffic.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {line}"); }
        page.Request += (_, r) => Log($"→ {r.Method} {r.Url}");
        page.Response += (_, r) => Log($"← {r.Status} {r.Url}");
        page.RequestFailed += (_, r) => Log($"✗ {r.Url} {r.Failure}");
        page.PageError += (_, e) => Log($"page error: {e}");
        try
        {
            var nextPage = page.WaitForURLAsync(u => !u.Contains(id) || u.Contains("saved="), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
            await page.Keyboard.PressAsync("Alt+a");
            await nextPage;
        }
        catch (PlaywrightException e)
        {
            var focused = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 120) : 'none'");
            lock (traffic) Assert.Fail($"Alt+A did not lead to the next page ({e.Message.Split('\n')[0]}); still at {page.Url}; focused: {focused}\n{string.Join("\n", traffic)}");
        }

        await page.GotoAsync($"/History/{id}");
        var audit = await page.InnerTextAsync("table.audit");
        Assert.Contains("document.signer.position", audit);
        Assert.Contains("Chánh Văn phòng Ủy ban nhân dân Thành phố", audit);
        Assert.Contains("tasks[0].units", audit);
        Assert.Contains("Sở Văn hóa và Thể thao | lead", audit);
        Assert.Contains("approved", audit);
        Assert.Contains(ReviewServer.ClerkName, audit);

        var export = await page.APIRequest.GetAsync($"/api/documents/{id}/export");
        Assert.Equal(200, export.Status);
        var record = JsonNode.Parse(await export.TextAsync())!;
        Assert.Equal("Chánh Văn phòng Ủy ban nhân dân Thành phố", record["document"]!["signer"]!["position"]!.GetValue<string>());
        Assert.Equal("Sở Văn hóa và Thể thao", record["tasks"]![0]!["units"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(ReviewServer.ClerkName, record["review"]!["approvedBy"]!.GetValue<string>());
        var corrected = record["review"]!["correctedFields"]!.AsArray().Select(f => f!.GetValue<string>()).ToList();
        Assert.Contains("document.signer.position", corrected);
        Assert.Contains("tasks[0].units", corrected);
        Assert.Empty(SchemaCheck.Errors(SchemaCheck.Document, record.ToJsonString()));
        ProvenanceCheck.AssertValid(record);
    }
}
