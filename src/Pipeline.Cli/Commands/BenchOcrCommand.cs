using System.CommandLine;
using Pipeline.Ocr.Benchmarks;

namespace Pipeline.Cli.Commands;

/// <summary>
/// `pipeline bench-ocr [IMAGES...] [--rounds N]`: pages/s of our engine pool against the tesseract CLI run
/// optimally (OMP_THREAD_LIMIT=1, one process per core) on the same pages in the same run, the ratio, and
/// peak memory. Without images it uses the nine transcribed page images of corpus/scans.
/// </summary>
public static class BenchOcrCommand
{
    public static Command Create(CliContext context, IReadOnlyList<string> args)
    {
        var images = PathArguments.Many("images", "Page images (default: corpus/scans/*_p1.png, run from the repository)", args, ArgumentArity.ZeroOrMore);
        var rounds = new Option<int>("--rounds") { Description = "Rounds per side, alternating which goes first", DefaultValueFactory = _ => 2 };
        var command = new Command("bench-ocr", "Benchmark OCR throughput against the tesseract CLI") { images, rounds };
        command.SetAction(r =>
        {
            var scans = Path.Combine("corpus", "scans");
            var paths = r.GetValue(images) is { Length: > 0 } given ? given
                : Directory.Exists(scans) ? Directory.GetFiles(scans, "*_p1.png").Order(StringComparer.Ordinal).ToArray()
                : [];
            if (paths.Length == 0) { context.Err.WriteLine($"error: no page images given and none found in {scans} (run from the repository or name the images)"); return ExitCodes.Usage; }
            if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing) { context.Err.WriteLine($"error: {missing}: no such file"); return ExitCodes.Usage; }
            OcrBenchmark.Run(paths, context.Out, r.GetValue(rounds));
            return ExitCodes.Ok;
        });
        return command;
    }
}
