using Pipeline.Lines;

namespace Pipeline.Roles;

/// <summary>
/// Gives every line of a document a role. Rules and learned models implement the same interface so that
/// either can be used, combined or left out when measuring what each contributes.
/// </summary>
public interface ILineRoleClassifier
{
    string Name { get; }
    RoledDocument Classify(PreparedDocument document);
}
