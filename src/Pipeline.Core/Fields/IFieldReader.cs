using Pipeline.Roles;

namespace Pipeline.Fields;

/// <summary>
/// One reader of the field stage. Readers run in the order they were registered
/// (<see cref="Extraction.ExtractionPipelineBuilder.AddFieldReader"/>); each reads its fields from the lines the role
/// stage gave their roles (and what it recognised in them), sees what the readers before it read, and returns the
/// fields with its own set. A reader that cannot read its field leaves it as it is and says why in
/// <paramref name="warnings"/>.
/// </summary>
public interface IFieldReader
{
    DocumentFields Read(RoledDocument doc, DocumentFields fields, ICollection<string> warnings);
}
