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
        var error = Assert.Throws<SourceException>(() => new OcrEnginePool(new OcrOptions { Language = "xyz" }));
        output.WriteLine(error.Message);
        Assert.Equal("missing-dependency", error.Code);
        Assert.Contains("tesseract-ocr-xyz", error.Message);
    }

    [Fact]
    public void Missing_tessdata_folder_names_the_vietnamese_package()
    {
        var error = Assert.Throws<SourceException>(() => new OcrEnginePool(new OcrOptions { DataPath = "/nonexistent/tessdata" }));
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
