namespace Pipeline.Text;

/// <summary>
/// The shape of a person's name as printed under a signature or in a cell of a signature block. Readers (a cell's
/// stacked lines), the line roles, the signer field and the OCR's name recovery all ask it, so it lives with the
/// text helpers every stage may use rather than in one stage.
/// </summary>
public static class PersonNames
{
    /// <summary>A person's name: two to six capitalised words of letters, nothing else, not printed in capitals.</summary>
    public static bool LooksLikeName(string text)
    {
        var t = text.Trim('*', ' ', '.');
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 6) return false;
        return words.All(w => w.All(char.IsLetter) && char.IsUpper(w[0])) && !VnText.IsCapitals(t, 4);
    }
}
