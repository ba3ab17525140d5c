using Pipeline.Roles;

namespace Pipeline.Tasks;

/// <summary>
/// An item that opens with an action but holds no cue word ("- Thông báo bằng văn bản về trình độ chuyên môn … cho cơ quan
/// quản lý nhà nước …" among "- Thực hiện thủ tục …", "- Lập hồ sơ …", the Sở NN&amp;MT Lào Cai letters on the 2024 mining
/// law; "b) Cung cấp cho Tổng Cục Quản lý ruộng đất số bản đồ …" among "a) Thực hiện …", CT 299-TTg; dev) is one of a list
/// of parallel items: labelled alike under the same parent, written in the same imperative. When most of its siblings are
/// tasks, it is a task too, scored as an item of a tasks section is (<see cref="DirectiveTest.TasksSectionScore"/>). Only
/// an item the directive test found no cue in is lifted: one it judged a basis, a finding or a fact label stays out, and
/// so does an item that opens with no action (<see cref="ObjectList.OpensWithAction"/>): a thing named or a statement.
/// </summary>
public static class ParallelItems
{
    // The siblings that must be tasks: at least this many, and this share of the other items labelled alike.
    private const int MinTaskSiblings = 2;
    private const double TaskShare = 2.0 / 3;

    /// <summary>
    /// The scores with each lifted item's raised. <paramref name="noCue"/>: the items the directive test gave 0 for lack of a
    /// cue word alone; <paramref name="opensWithAction"/>: whether an item's text opens with an action.
    /// </summary>
    public static double[] Lift(IReadOnlyList<OutlineNode> nodes, IReadOnlyList<double> scores, IReadOnlyList<bool> noCue,
        IReadOnlyList<string> texts, Func<string, bool> opensWithAction)
    {
        var lifted = scores.ToArray();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!noCue[i] || nodes[i].Label is not { } label || !opensWithAction(texts[i])) continue;
            var siblings = 0;
            var tasks = 0;
            for (var j = 0; j < nodes.Count; j++)
            {
                if (j == i || nodes[j].Parent != nodes[i].Parent || nodes[j].Label?.Kind != label.Kind) continue;
                siblings++;
                if (scores[j] > 0) tasks++;
            }
            if (tasks >= MinTaskSiblings && tasks >= TaskShare * siblings) lifted[i] = DirectiveTest.TasksSectionScore;
        }
        return lifted;
    }
}
