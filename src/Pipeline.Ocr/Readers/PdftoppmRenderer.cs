using System.Globalization;
using System.Diagnostics;
using Pipeline.Ocr.Imaging;
using Pipeline.Ocr.Native;
using Pipeline.Sources;

namespace Pipeline.Ocr.Readers;

/// <summary>
/// Fallback for page images no decoder here handles (JBIG2, exotic colour spaces): poppler's pdftoppm
/// renders that one page at 300 dpi, so no page is silently dropped. Debian package: poppler-utils.
/// </summary>
public sealed class PdftoppmRenderer
{
    public const int Dpi = 300;

    public string Executable { get; init; } = "pdftoppm";

    /// <summary>Renders 1-based <paramref name="pageNumber"/> of the PDF at <paramref name="pdfPath"/> to 8-bit gray.</summary>
    internal DecodedImage Render(string pdfPath, int pageNumber, CancellationToken cancellationToken = default)
    {
        var outputRoot = Path.Combine(Path.GetTempPath(), $"pipeline-ocr-{Guid.NewGuid():N}");
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", pageNumber.ToString(CultureInfo.InvariantCulture), "-l", pageNumber.ToString(CultureInfo.InvariantCulture), "-singlefile", pdfPath, outputRoot })
            info.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SourceException($"page {pageNumber} needs rendering and {Executable} could not be started: install the Debian package poppler-utils (apt-get install poppler-utils)", e)
            { Code = MissingDependency.Code };
        }
        var outputFile = outputRoot + ".pgm";
        try
        {
            using (process)
            {
                var error = process.StandardError.ReadToEndAsync(cancellationToken);
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0 || !File.Exists(outputFile))
                    throw new SourceException($"page {pageNumber} could not be rendered by {Executable} (exit {process.ExitCode}): {error.Result.Trim()}") { Code = "render-failed" };
            }
            return ImageDecoder.Decode(File.ReadAllBytes(outputFile), $"the rendering of page {pageNumber}", Dpi);
        }
        finally
        {
            File.Delete(outputFile);
        }
    }
}
