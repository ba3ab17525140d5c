using Pipeline.Roles;

namespace Pipeline.Tasks;

/// <summary>What the section heading above an item says its items are.</summary>
public enum SectionKind { Other, Findings, Targets }

/// <summary>What a leaf item of the outline is: a task (nhiệm vụ), a target (chỉ tiêu), or neither (finding, background, information).</summary>
public enum DirectiveKind { NotDirective, Task, Target }

/// <summary>
/// A leaf item of the outline that may be a task, with what the rules know about it, so that a rule or a learned
/// classifier can decide on it.
/// </summary>
/// <param name="Text">The item's whole text (label removed, continuations joined).</param>
/// <param name="Heading">The enclosing heading's text, or null.</param>
/// <param name="Label">The printed label, or null for an unlabelled paragraph.</param>
/// <param name="Depth">Number of ancestors in the outline.</param>
/// <param name="Section">The nearest telling section heading's kind.</param>
/// <param name="RuleScore">DirectiveTest's score (0 = not a directive by the rules).</param>
/// <param name="Index">Position among the document's candidates; <paramref name="Count"/> of them in all.</param>
/// <param name="StrongCue">
/// The rules see a strong directive construct no structural rule overruled: a strong cue in the text (Giao X, Đề nghị X,
/// X chủ trì, X có trách nhiệm …), or a directive cue under a heading that names who must act ("Đối với X:",
/// "Trách nhiệm của X", "X có trách nhiệm:").
/// </param>
/// <param name="Recognised">
/// The item's text was recognised from an image (a page of <see cref="Sources.LineOrigin.Ocr"/>): a learned model's
/// verdict on damaged words may be trusted less than on typed text (<c>DirectivePolicy.VetoesRecognisedText</c>).
/// </param>
public sealed record DirectiveCandidate(
    string Text, string? Heading, ItemLabel? Label, int Depth, SectionKind Section, double RuleScore, int Index, int Count, bool StrongCue = false,
    bool Recognised = false);
