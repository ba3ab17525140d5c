using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pipeline.Review.Storage;

namespace Pipeline.Review.Pages;

/// <summary>Corrections per field (task fields counted together: tasks[].units) and per issuer.</summary>
public sealed partial class CorrectionsModel(DocumentStore store) : PageModel
{
    public IReadOnlyList<(string Field, int Count)> ByField { get; private set; } = [];
    public IReadOnlyList<(string Issuer, int Count)> ByIssuer { get; private set; } = [];

    public void OnGet()
    {
        var (byField, byIssuer) = store.CorrectionCounts();
        ByField = byField.GroupBy(f => Index().Replace(f.Field, "[]")).Select(g => (g.Key, g.Sum(x => x.Count)))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
        ByIssuer = byIssuer;
    }

    [GeneratedRegex(@"\[\d+\]")] private static partial Regex Index();
}
