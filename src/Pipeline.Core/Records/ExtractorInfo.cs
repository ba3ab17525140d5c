using System.Reflection;

namespace Pipeline.Records;

/// <summary>
/// What made a record (schema 1.1; `lineRoles` "rules+body-model" since 1.2): the extractor's version, who decided
/// line roles (<see cref="Pipeline.Roles.ILineRoleClassifier.Name"/>) and the learned models (null for rules only), so a
/// receiver can tell a better extraction of a document from a repeat.
/// </summary>
public sealed record ExtractorInfo(string Name, string Version, string LineRoles, ModelsInfo? Models)
{
    /// <summary>The version of Pipeline.Core, set once in Directory.Build.props.</summary>
    public static readonly string CurrentVersion =
        typeof(ExtractorInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ExtractorInfo).Assembly.GetName().Version?.ToString() ?? "unknown";
}

/// <summary>The trained models in use: models/manifest.json's hash over the training data and options, and when they were trained.</summary>
public sealed record ModelsInfo(string DataHash, string TrainedAt);
