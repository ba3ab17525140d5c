using Pipeline.Ocr.Engine;
using Pipeline.Sources;
using Xunit.Abstractions;

namespace Pipeline.Ocr.Tests;

public class EnvironmentTests(ITestOutputHelper output)
{
    [Fact]
    public void OpenMP_thread_limit_is_one_in_native_code()
    {
        output.WriteLine(TesseractEnvironment.Describe());
        Assert.Equal("1", TesseractEnvironment.NativeThreadLimitVariable);
        Assert.Equal(1, TesseractEnvironment.NativeThreadLimit);
        Assert.Contains("omp_get_thread_limit()=1", TesseractEnvironment.Describe());
        Assert.DoesNotContain("WARNING", TesseractEnvironment.Describe());
    }

    [Fact]
    public void Missing_language_data_names_the_debian_package()
    {
        using var pool = new OcrEnginePool(new OcrOptions { Language = "xyz" });
        var error = Assert.Throws<SourceException>(pool.EnsureAvailable);
        output.WriteLine(error.Message);
        Assert.Equal("missing-dependency", error.Code);
        Assert.Contains("tesseract-ocr-xyz", error.Message);
    }

    [Fact]
    public void Missing_tessdata_folder_names_the_vietnamese_package()
    {
        using var pool = new OcrEnginePool(new OcrOptions { DataPath = "/nonexistent/tessdata" });
        // A reader meets the problem on its first page, as a one-line error for that file.
        var reader = new Pipeline.Ocr.Readers.ImageSourceReader(pool);
        var error = Assert.Throws<SourceException>(() => reader.Read(SourceFile.Load(Corpus.Scan("real_qd_707_ttg_p1.png"))));
        output.WriteLine(error.Message);
        Assert.Equal("missing-dependency", error.Code);
        Assert.Contains("tesseract-ocr-vie", error.Message);
    }

    [Fact]
    public void Missing_library_error_names_the_debian_package()
    {
        var error = Pipeline.Ocr.Native.MissingDependency.Library("libtesseract.so.5", "libtesseract5");
        Assert.Equal("missing-dependency", error.Code);
        Assert.Contains("apt-get install libtesseract5", error.Message);
    }
}
