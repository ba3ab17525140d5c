using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// A legal portal's editorial note printed in square brackets into a law's text ("[Điều này được hướng dẫn bởi Chương II
/// Nghị định 26/2021/NĐ-CP …]", <c>portal-notes.txt</c>): not the document's words. Taken out of a line before the lines
/// are joined into paragraphs, so an article title followed by one stays a title and a clause's text ends before it.
/// </summary>
public sealed class PortalNote(Vocab vocab)
{
    private readonly Lexicon<FoldKey> _phrases = vocab.PortalNotes;

    /// <summary>The line without its bracketed portal notes (empty when it held nothing else).</summary>
    public string Strip(string line)
    {
        var open = line.IndexOf('[');
        if (open < 0) return line;
        var kept = new System.Text.StringBuilder();
        var from = 0;
        while (open >= 0)
        {
            var close = line.IndexOf(']', open + 1);
            if (close < 0) break;
            if (_phrases.OccursIn(VnText.Fold(line[(open + 1)..close])))
            {
                kept.Append(line, from, open - from);
                from = close + 1;
            }
            open = line.IndexOf('[', close + 1);
        }
        if (from == 0) return line;
        kept.Append(line, from, line.Length - from);
        return VnText.Squash(kept.ToString()).Trim();
    }
}
