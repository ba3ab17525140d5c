using Pipeline.Ocr.Engine;

namespace Pipeline.Ocr.Tests;

/// <summary>One engine pool for the whole test assembly, as the CLI has one per run.</summary>
public sealed class SharedPool : IDisposable
{
    public OcrEnginePool Pool { get; } = new();

    public void Dispose() => Pool.Dispose();
}

[CollectionDefinition(Name)]
public sealed class OcrEngineGroup : ICollectionFixture<SharedPool>
{
    // Tests in this collection run one after another: each one uses every core through the pool,
    // and the memory test must not see another test's pages.
    public const string Name = "ocr";
}
