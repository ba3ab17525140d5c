using Pipeline.Roles;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// Sub-items that only list objects ("… gồm những thông tin sau: a) Dữ liệu nhân sự …; b) …", "… các khoản tiền sau
/// đây: a) Tiền sử dụng đất …") are not directive sub-items: the parent is the one task and its text includes them
/// (corpus/expected/README.md). Sub-items that open with an action ("a) Hướng dẫn …") are the tasks. An action opening
/// is a word of <c>directive-verbs.txt</c>, <c>directive-cues.txt</c> or <c>action-openings.txt</c>, compared by tone.
/// </summary>
public sealed class ObjectList(Vocab vocab)
{
    private readonly MarkAwareLexicon _actions = new(new Lexicon<ToneKey>(
        vocab.DirectiveVerbs.Phrases.Concat(vocab.DirectiveCues.Phrases).Concat(vocab.ActionOpenings.Phrases)));

    /// <summary>True when <paramref name="node"/> introduces its sub-items with a colon and none of them opens with an action.</summary>
    public bool Is(OutlineNode node)
    {
        if (node.Children.Count == 0 || !node.Paragraph.Text.TrimEnd('*', ' ').EndsWith(':')) return false;
        if (node.Label is null || node.Label.Kind is LabelKind.Roman or LabelKind.Article) return false;
        // "a) Trong thời hạn 48 giờ … thì doanh nhân … gửi đơn …": a time limit opens a clause that makes someone act within it.
        return node.Children.All(c => c.Children.Count == 0 && c.Label is not null && !OpensWithAction(c.Text)
            && vocab.RuleClauseTimeLimits.MatchPrefix(MarkAwareKey.Of(c.Text.TrimStart('*', ' '))) == 0);
    }

    /// <summary>The parent's text followed by each sub-item with its printed label.</summary>
    public static string Text(OutlineNode node) =>
        VnText.Squash(node.Text + " " + string.Join(' ', node.Children.Select(c => (c.Label!.Kind == LabelKind.Bullet ? "" : c.Label.Printed + " ") + c.Text)));

    /// <summary>
    /// The item, or the clause after a short label and colon ("Bộ Y tế: Kiểm tra, theo dõi …", "Đối với các sở …: Yêu cầu …"),
    /// opens with an action word.
    /// </summary>
    public bool OpensWithAction(string text)
    {
        bool Opens(string t) => _actions.MatchPrefix(MarkAwareKey.Of(t.TrimStart('*', ' ', '(', '“', '"'))) > 0;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        // "Báo cáo định kỳ …: Được lập và nộp trước ngày …": a label the clause after it describes in the passive names a
        // thing (a report), even when its first word is a verb (passive-descriptions.txt).
        if (colon > 0 && colon < LabelReach && vocab.PassiveDescriptions.MatchPrefix(ToneKey.Of(text[(colon + 1)..].TrimStart())) > 0) return false;
        if (Opens(text)) return true;
        return colon > 0 && colon < LabelReach && Opens(text[(colon + 1)..]);
    }

    // A label before the colon can be a whole qualified subject ("Đối với các sở … hoàn thành nhiệm vụ …: Yêu cầu …").
    private const int LabelReach = 200;
}
