using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// An item of a guidance text may carry its illustration ("Ví dụ: A bán nhà cho B, … B đã giao 80% tiền mua nhà cho A …",
/// NQ 02/2022/NQ-HĐTP 2.2.a, dev; example-markers.txt): the example's parties act in the case it illustrates, so its
/// words ("giao", "yêu cầu") are no directive cue of the document. The item is scored on its text before the example;
/// an item that is only an example keeps nothing to score.
/// </summary>
public sealed class ExampleText(Vocab vocab)
{
    private readonly IReadOnlyList<string> _markers = vocab.ExampleMarkers.Phrases.Select(VnText.Fold).ToList();

    /// <summary>The text before the first example marker that opens a sentence; the whole text when there is none.</summary>
    public string Before(string text)
    {
        var folded = VnText.FoldAligned(text);
        var cut = text.Length;
        foreach (var marker in _markers)
            for (var at = Words.IndexOf(folded, marker); at >= 0 && at < cut; at = Words.IndexOf(folded, marker, at + 1))
                if (OpensSentence(text, at)) { cut = at; break; }
        return cut == text.Length ? text : text[..cut].TrimEnd();
    }

    /// <summary>
    /// Whether <paramref name="node"/> is a case of the example its parent ends with ("Ví dụ: A là chủ sở hữu xe ô tô … thì cần
    /// phân biệt:" / "- Nếu A thuê B lái xe ô tô …", NQ 02/2022/NQ-HĐTP 2.2.b, dev): the bullets elaborate the illustration.
    /// </summary>
    public bool IsCaseOf(OutlineNode node) =>
        node.Parent is { Continuations.Count: > 0 } parent && Before(parent.Continuations[^1]).Length == 0;

    // At the start, or after a sentence's or a lead-in's end: "… gây thiệt hại cho C. Ví dụ: …", "… như sau: Ví dụ …".
    private static bool OpensSentence(string text, int at)
    {
        var before = text[..at].TrimEnd();
        return before.Length == 0 || before[^1] is '.' or ':' or ';';
    }
}
