using System.Text.RegularExpressions;

namespace Pipeline.Review.Api;

/// <summary>Documents are named by the SHA-256 of their content; nothing else a request sends is an id.</summary>
public static partial class DocumentIds
{
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[0-9a-f]{64}$")] private static partial Regex Pattern();
}
