using System.Diagnostics;
using System.Text;
using Pipeline.Sources.Text;

namespace Pipeline.Sources.Word;

/// <summary>
/// Reads Word 97–2003 .doc files through Debian's antiword, run as a separate process (a crash or hang in the
/// converter cannot take the batch with it). antiword prints paragraphs one per line (<c>-w 0</c>) and tables as
/// "|cell|cell|" rows, which the text reader turns into the same blocks as markdown tables; its UTF-8 output of a
/// document typed in a TCVN3 or VNI font is repaired there. When antiword is not installed every .doc fails with
/// <c>missing-dependency</c> and the rest of the batch goes on.
/// </summary>
public sealed class DocReader(TextFileReader text, string executable = "antiword", TimeSpan? timeout = null) : ISourceReader
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(60);

    public bool CanRead(SourceFile file) =>
        file.Extension is ".doc" or ".dot" || (file.Bytes.AsSpan().StartsWith(OleSignature) && file.Extension is not ".xls" and not ".ppt" and not ".msg");

    public SourceDocument Read(SourceFile file, CancellationToken cancellationToken = default)
    {
        if (!file.Bytes.AsSpan().StartsWith(OleSignature))
            throw new SourceException("not a Word 97–2003 document (no OLE2 signature)") { Code = "corrupt" };
        var printed = Run(file, cancellationToken);
        return text.FromText(file, printed, "application/msword", []);
    }

    private string Run(SourceFile file, CancellationToken cancellationToken)
    {
        // antiword reads a path; the bytes may come from anywhere, so they go through a private temporary file.
        var temp = Path.Combine(Path.GetTempPath(), $"pipeline-doc-{Guid.NewGuid():N}.doc");
        File.WriteAllBytes(temp, file.Bytes);
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var a in new[] { "-w", "0", "-m", "UTF-8.txt", temp }) start.ArgumentList.Add(a);
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new SourceException($"{executable} could not be started") { Code = "missing-dependency" };
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new SourceException($"Word 97 .doc needs '{executable}', which is not installed (Debian: apt-get install antiword; scripts/setup.sh installs it)", e) { Code = "missing-dependency" };
            }
            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
                var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
                if (!process.WaitForExit(_timeout))
                {
                    process.Kill(entireProcessTree: true);
                    throw new SourceException($"{executable} did not finish within {_timeout.TotalSeconds:0} s") { Code = "timeout" };
                }
                process.WaitForExit();
                var output = stdout.GetAwaiter().GetResult();
                var error = stderr.GetAwaiter().GetResult().Trim();
                if (process.ExitCode != 0 || string.IsNullOrWhiteSpace(output))
                {
                    var reason = error.Length > 0 ? error.Split('\n')[0].Replace(temp, file.Name) : $"exit code {process.ExitCode}";
                    throw new SourceException($"antiword could not read the document: {reason}") { Code = "corrupt" };
                }
                return output;
            }
        }
        finally
        {
            try { File.Delete(temp); } catch (IOException) { }
        }
    }
}
