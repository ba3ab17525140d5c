namespace Pipeline.Ocr.Native;

/// <summary>
/// Logical library names used in the imports; <see cref="NativeLoader"/> maps them to the Debian sonames
/// so nothing depends on unversioned dev symlinks (libtesseract.so) that only -dev packages install.
/// </summary>
internal static class NativeNames
{
    public const string Tesseract = "pipeline-tesseract";
    public const string Leptonica = "pipeline-lept";
    public const string Gomp = "pipeline-gomp";
    public const string LibC = "pipeline-libc";

    public const string TesseractSoname = "libtesseract.so.5";
    public const string LeptonicaSoname = "liblept.so.5";
    public const string GompSoname = "libgomp.so.1";
    public const string LibCSoname = "libc.so.6";
}
