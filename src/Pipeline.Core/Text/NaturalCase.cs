using System.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Text;

/// <summary>
/// Re-cases text printed in capitals ("ỦY BAN NHÂN DÂN HUYỆN HƯƠNG SƠN") the way it is written in running
/// text ("Ủy ban nhân dân huyện Hương Sơn"): sentence case, abbreviations kept, names after an administrative
/// level capitalised, and the vocabulary's fixed phrases ("Ban Thường vụ", "Chánh Văn phòng") applied.
/// </summary>
public sealed class NaturalCase(Vocab vocab)
{
    public string Apply(string text)
    {
        var words = VnText.Squash(text).Split(' ');
        var output = new string[words.Length];
        var properNoun = false;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var bare = w.Trim(',', '.', ';', ':', '(', ')');
            if (vocab.Abbreviations.ContainsKey(bare) || IsCode(bare)) { output[i] = w; properNoun = false; continue; }
            var lower = w.ToLowerInvariant();
            output[i] = properNoun || i == 0 ? Capitalise(lower) : lower;
            // After a level word ("huyện", "tỉnh", "thành phố") comes a place name: capitalise until the end.
            var two = i > 0 ? VnText.ToneKey(words[i - 1] + " " + w) : "";
            var one = VnText.ToneKey(bare);
            if (!properNoun && (vocab.AdminLevels.Contains(one) || vocab.AdminLevels.Contains(two)))
                properNoun = i + 1 < words.Length && !vocab.PartyCommittees.Contains(one + " " + VnText.ToneKey(words[i + 1]));
        }
        CapitaliseDepartmentName(output);
        var result = string.Join(' ', output);
        // Longest phrases first; a shorter one inside a phrase already cased ("ban thường vụ" in "Ủy ban Thường vụ
        // Quốc hội") leaves it alone.
        var cased = new bool[result.Length];
        foreach (var (key, casedForm) in vocab.Casing)
        {
            // Found on the folded text (same offsets as the printed text), confirmed on the tone key.
            var folded = VnText.FoldAligned(result);
            var at = Words.IndexOf(folded, VnText.Fold(key));
            while (at >= 0)
            {
                if (!cased[at] && VnText.ToneKey(result.Substring(at, casedForm.Length)) == VnText.ToneKey(key))
                {
                    result = result[..at] + (at == 0 ? Capitalise(casedForm) : casedForm) + result[(at + casedForm.Length)..];
                    Array.Fill(cased, true, at, casedForm.Length);
                }
                at = Words.IndexOf(folded, VnText.Fold(key), at + 1);
            }
        }
        return result;
    }

    /// <summary>An all-capital token with no vowel-heavy word shape (UBND, VPHU, KT) stays as printed.</summary>
    private static bool IsCode(string w) =>
        w.Any(char.IsDigit) && w.Any(char.IsUpper) && w.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '&' or '/' or '.')
        || w.Length is >= 2 and <= 8 && w.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '-' or '&') && !LooksLikeWord(w);

    private static bool LooksLikeWord(string w)
    {
        var vowels = "AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ";
        var d = w.Normalize(NormalizationForm.FormC);
        var count = d.Count(c => vowels.Contains(c));
        return count >= 1 && count <= 3 && !(d.Length <= 4 && count == 0);
    }

    /// <summary>
    /// "Sở nông nghiệp và môi trường" → "Sở Nông nghiệp và Môi trường": the name of a department or ministry
    /// after its head word starts with a capital, and so does each part joined by "và".
    /// </summary>
    private void CapitaliseDepartmentName(string[] words)
    {
        // Only a name that opens the text is re-cased: elsewhere "bộ", "phòng" are common words.
        if (words.Length < 2) return;
        var heads = vocab.DepartmentHeads;
        var skip = words.Length > 2 && heads.Contains(words[0] + " " + words[1]) ? 2 : heads.Contains(words[0]) ? 1 : 0;
        if (skip == 0 || skip >= words.Length) return;
        words[skip] = Capitalise(words[skip]);
        for (var k = skip + 1; k + 1 < words.Length; k++)
            if (vocab.Conjunctions.Contains(words[k])) words[k + 1] = Capitalise(words[k + 1]);
    }

    private static string Capitalise(string w) => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..];
}
