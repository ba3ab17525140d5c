namespace Pipeline.Sources.Text;

/// <summary>
/// A legal portal's saved text (thuvienphapluat.vn as crawlers store it) opens with the page's title, the document's short
/// name with its number ("Quyết định 1227/QĐ-BYT năm 2025. BỘ Y TẾ -------"), and prints that title again before every
/// part the page anchors: "Quyết định 1227/QĐ-BYT năm 2025. Điều 3.", "Quyết định 1500/QĐ-BHXH năm 2015 về thẻ … ban
/// hành. Điều 4. Tổ chức thực hiện", a line of the title alone over an appendix. The repeated title belongs to the page,
/// not to the document; left in place it hides the article label ("Điều 3." must open its line to be one).
/// The first line keeps it (the header readers already read past it there); later lines lose "title. " at their start.
/// </summary>
public static class PortalTitlePrefix
{
    /// <summary>A page title names one document, so it is short and carries the document's number.</summary>
    private const int MaxTitleLength = 300;

    public static string Strip(string text)
    {
        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0) return text;
        var title = TitleOf(lines[first].Trim());
        if (title is null) return text;
        var changed = false;
        for (var i = first + 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart();
            if (!line.StartsWith(title, StringComparison.Ordinal)) continue;
            var rest = line[title.Length..];
            // The title alone ("Quyết định 1500/QĐ-BHXH … ban hành.") or the title, its dot and the anchored text.
            if (rest.Trim() is "" or ".") { lines[i] = ""; changed = true; }
            else if (rest.StartsWith(". ", StringComparison.Ordinal)) { lines[i] = rest[2..].TrimStart(); changed = true; }
        }
        return changed ? string.Join('\n', lines) : text;
    }

    /// <summary>
    /// The page title at the start of the first line: the text before its first ". ", or the whole line. Only a name with
    /// a number and a symbol ("1227/QĐ-BYT", "61/2022/QH15") is taken: a header line ("ỦY BAN NHÂN DÂN TỈNH …") is none.
    /// </summary>
    private static string? TitleOf(string firstLine)
    {
        var dot = firstLine.IndexOf(". ", StringComparison.Ordinal);
        var title = (dot > 0 ? firstLine[..dot] : firstLine).TrimEnd('.', ' ');
        if (title.Length == 0 || title.Length > MaxTitleLength || !char.IsUpper(title[0])) return null;
        var slash = title.IndexOf('/');
        return slash > 0 && char.IsDigit(title[slash - 1]) ? title : null;
    }
}
