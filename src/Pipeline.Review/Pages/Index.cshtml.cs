using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pipeline.Review.Storage;

namespace Pipeline.Review.Pages;

/// <summary>The queue: documents most in need of review first, filtered and paged.</summary>
public sealed class IndexModel(DocumentStore store) : PageModel
{
    public static readonly (string Value, string Label)[] StatusLabels =
        [(ReviewStatus.New, "Mới"), (ReviewStatus.InReview, "Đang duyệt"), (ReviewStatus.Approved, "Đã duyệt")];

    public static string StatusLabel(string status) => StatusLabels.FirstOrDefault(s => s.Value == status).Label ?? status;

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Issuer { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public QueuePage Result { get; private set; } = new([], 0, 1, 50);
    public int Pages => Math.Max(1, (Result.Total + Result.PageSize - 1) / Result.PageSize);

    public void OnGet() => Result = store.Queue(new QueueFilter(Status, Type, Issuer, From, To, PageNumber));

    public string PageLink(int page) => Url.Page("/Index", new { status = Status, type = Type, issuer = Issuer, from = From, to = To, p = page })!;
}
