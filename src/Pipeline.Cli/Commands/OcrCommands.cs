using System.CommandLine;
using Pipeline.IO;
using Pipeline.Ocr.Engine;
using Pipeline.Ocr.Language;
using Pipeline.Sources;

namespace Pipeline.Cli.Commands;

/// <summary>
/// `pipeline ocr FILE... --out DIR`: the recognised text of each input as the extractor reads it (DIR/&lt;stem&gt;.txt,
/// one line per line, pages separated by a form feed), for checking OCR and for tests.
/// `pipeline train-lm [--corpus corpus] [--out models/lm/syllables.lm.gz]`: rebuilds the OCR syllable language model.
/// </summary>
public static class OcrCommands
{
    public static void Register(RootCommand root, CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string>("--out") { Description = "Folder for <stem>.txt per input", Required = true };
        var ocr = new Command("ocr", "Write the text the extractor reads from each input (pages separated by form feeds)") { paths, outDir };
        ocr.SetAction(r => WriteText(context.Extractor.Readers, r.GetValue(paths)!, r.GetValue(outDir)!, context.Out, context.Err));
        root.Subcommands.Add(ocr);

        var corpus = new Option<string>("--corpus") { Description = "Corpus folder", DefaultValueFactory = _ => "corpus" };
        var model = new Option<string>("--out") { Description = "Model file", DefaultValueFactory = _ => Path.Combine("models", "lm", ShippedSyllableModel.FileName) };
        var vie = new Option<string>("--vie") { Description = "vie.traineddata whose word list joins the lexicon", DefaultValueFactory = _ => Path.Combine("models", "tessdata", "vie.traineddata") };
        var train = new Command("train-lm", "Build the OCR syllable language model from the corpus (never from the evaluated scans)") { corpus, model, vie };
        train.SetAction(r =>
        {
            try
            {
                SyllableModelTrainer.Train(r.GetValue(corpus)!, r.GetValue(vie)!, r.GetValue(model)!, context.Out);
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
            {
                context.Err.WriteLine($"error: train-lm: {e.Message}");
                return ExitCodes.MissingDependency;
            }
        });
        root.Subcommands.Add(train);
    }

    public static int WriteText(SourceReaders readers, IEnumerable<string> paths, string outDir, TextWriter stdout, TextWriter stderr)
    {
        var failed = false;
        var listing = Extract.InputListing.List(paths, outDir);
        foreach (var missing in listing.Missing) { stderr.WriteLine($"error: {missing}: no such file or folder"); failed = true; }
        var inputs = listing.Files.Select(f => f.Path).ToList();
        Directory.CreateDirectory(outDir);
        foreach (var path in inputs)
        {
            try
            {
                var document = readers.Read(SourceFile.Load(path));
                var text = string.Join('\f', document.Pages.Select(p => string.Join('\n', p.Lines.Select(l => l.Text)) + "\n"));
                var target = Path.Combine(outDir, Path.GetFileNameWithoutExtension(path) + ".txt");
                AtomicFile.Write(target, text);
                stdout.WriteLine($"{path} -> {target} ({document.Pages.Length} page(s))");
                foreach (var warning in document.Warnings) stdout.WriteLine($"  warning: {warning}");
            }
            catch (SourceException e)
            {
                stderr.WriteLine($"error: {path}: {e.Message}");
                failed = true;
            }
        }
        return failed ? ExitCodes.InputErrors : ExitCodes.Ok;
    }
}
