using System.Reflection;
using Pipeline.Extraction;

namespace Pipeline.Ingestion;

/// <summary>Describes the extractor in use for status records: assembly version of Pipeline.Core, classifier and reader types.</summary>
public static class EngineVersion
{
    public static EngineInfo Describe(DocumentExtractor extractor)
    {
        var assembly = typeof(DocumentExtractor).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        return new EngineInfo("pipeline", version, extractor.ClassifierName,
            extractor.Readers.Readers.Select(r => r.GetType().Name).ToList());
    }
}
