using Pipeline.Roles;
using Pipeline.Sources;

namespace Pipeline.Ml.Annotations;

/// <summary>
/// Puts an annotation's roles on the lines a reader produces today. Readers keep improving, so the stored
/// text may differ from what they now give: lines are matched by a longest common subsequence on their text,
/// and a line with no counterpart gets no role (it is left out of training and scoring, never guessed).
/// </summary>
public static class AnnotationAligner
{
    public static LineRole?[] Align(IReadOnlyList<Line> lines, IReadOnlyList<(LineRole Role, string Text)> annotated)
    {
        var result = new LineRole?[lines.Count];
        if (lines.Count == annotated.Count && lines.Select(l => l.Text).SequenceEqual(annotated.Select(a => a.Text)))
        {
            for (var i = 0; i < lines.Count; i++) result[i] = annotated[i].Role;
            return result;
        }
        int n = lines.Count, m = annotated.Count;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                lcs[i, j] = Same(lines[i].Text, annotated[j].Text) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (Same(lines[i].Text, annotated[j].Text)) { result[i] = annotated[j].Role; i++; j++; }
            else if (lcs[i + 1, j] >= lcs[i, j + 1]) i++;
            else j++;
        }
        return result;
    }

    private static bool Same(string a, string b) => string.Equals(a.Replace('\t', ' ').Trim(), b.Trim(), StringComparison.Ordinal);
}
