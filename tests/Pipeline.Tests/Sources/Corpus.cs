using Pipeline.Sources;

namespace Pipeline.Tests.Sources;

/// <summary>Finds the repository's corpus folder from the test binaries.</summary>
internal static class Corpus
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found above the test binaries"), "corpus");
    });

    public static string PathOf(string relative) => Path.Combine(Root.Value, relative);

    public static SourceFile Load(string relative) => SourceFile.Load(PathOf(relative));
}
