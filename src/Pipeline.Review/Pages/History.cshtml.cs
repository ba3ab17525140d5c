using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pipeline.Review.Api;
using Pipeline.Review.Storage;

namespace Pipeline.Review.Pages;

public sealed class HistoryModel(DocumentStore store) : PageModel
{
    public DocumentRow Row { get; private set; } = null!;
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        if (!DocumentIds.IsValid(id) || store.Get(id) is not { } row) return NotFound();
        Row = row;
        Entries = store.History(id);
        return Page();
    }
}
