using Pipeline.Sources;

namespace Pipeline.Ocr.Native;

/// <summary>The one-line errors for an OCR stack that is not installed, naming the Debian package to add.</summary>
public static class MissingDependency
{
    public const string Code = "missing-dependency";

    public static SourceException Library(string soname, string debianPackage) =>
        new($"OCR needs {soname}, which could not be loaded: install the Debian package {debianPackage} (apt-get install {debianPackage})")
        { Code = Code };

    public static SourceException Language(string language, string dataPath, string debianPackage) =>
        new($"OCR needs {language}.traineddata, not found in {dataPath}: install the Debian package {debianPackage} (apt-get install {debianPackage}) or set TESSDATA_PREFIX to a folder holding it (the project's models are in models/tessdata)")
        { Code = Code };
}
