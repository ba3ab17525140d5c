namespace Pipeline.Text;

/// <summary>
/// Chooses how to compare a piece of text: by <see cref="ToneKey"/> when it carries Vietnamese marks (so "giáo"
/// stays apart from "giao"), by <see cref="FoldKey"/> when it carries none at all (OCR or unaccented input,
/// where "giao" is all the text can say).
/// </summary>
public static class MarkAware
{
    /// <summary>True when some letter of <paramref name="text"/> has a diacritic or is đ.</summary>
    public static bool HasMarks(string text)
    {
        foreach (var c in text)
            if (c > '\u007f' && char.IsLetter(c) && VnText.Fold(c.ToString()) != char.ToLowerInvariant(c).ToString()) return true;
        return false;
    }
}
