using System.Collections.Immutable;
using Pipeline.Lines;
using Pipeline.Roles;

namespace Pipeline.Ml.Annotations;

/// <summary>A prepared document with a gold role for every line: what line-role models train and are scored on.</summary>
public sealed record AnnotatedDocument(string Stem, PreparedDocument Prepared, ImmutableArray<LineRole> Roles);
