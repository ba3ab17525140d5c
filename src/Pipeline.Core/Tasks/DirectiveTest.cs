using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>Decides whether an item's text asks someone to act, as opposed to reporting or citing.</summary>
public static partial class DirectiveTest
{
    private static readonly Lazy<string[]> Cues = new(() => Vocab.Default.DirectiveCues.Phrases.Select(VnText.Fold).Distinct().ToArray());

    /// <summary>A score in [0,1]: 0 for a basis or finding, higher the more directive cues it carries.</summary>
    public static double Score(string text, bool strictOpening)
    {
        var folded = VnText.Fold(text);
        if (Basis().IsMatch(folded)) return 0;
        if (Strong().IsMatch(folded)) return 0.95;
        if (strictOpening) return 0;
        // "Thời gian kiểm tra: …", "Nội dung kiểm tra: …": a labelled fact, not an instruction.
        if (FactLabel().IsMatch(folded)) return 0;
        var head = folded.Length > 160 ? folded[..160] : folded;
        var hits = Cues.Value.Count(c => Lexicon.IndexOfWord(head, c) >= 0);
        if (hits == 0) return Cues.Value.Any(c => Lexicon.IndexOfWord(folded, c) >= 0) ? 0.6 : 0;
        return Math.Min(0.9, 0.6 + 0.1 * hits);
    }

    [GeneratedRegex(@"^(can cu|xet |theo de nghi|ngay \d|qua (qua trinh )?kiem tra)")] private static partial Regex Basis();
    [GeneratedRegex(@"^(?!luu y)(thoi gian|dia diem|noi dung|doi tuong|pham vi|thanh phan|giai doan|thoi han|thoi hieu|hinh thuc|phuong thuc|chu tri|kinh phi)[^:]{0,40}:")] private static partial Regex FactLabel();
    [GeneratedRegex(@"(?<![\p{L}])(giao|de nghi|yeu cau|co trach nhiem|chiu trach nhiem|chu tri)(?![\p{L}])")] private static partial Regex Strong();
}
