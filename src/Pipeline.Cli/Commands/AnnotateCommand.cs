using Pipeline.Extraction;
using Pipeline.Ml.Annotations;
using Pipeline.Roles;

namespace Pipeline.Cli.Commands;

/// <summary>
/// `pipeline annotate --bootstrap`: writes corpus/annotations/&lt;stem&gt;.tsv from the rules for every input that
/// has none yet and for every OCR rendering (corpus/ocr/&lt;stem&gt;.txt → annotations/ocr/&lt;stem&gt;.tsv) that has none
/// (existing files, which may hold corrections, are never overwritten); an expected record sets the roles it implies.
/// Scans are skipped: they have no text without OCR, and are learnt from their OCR rendering.
/// `pipeline annotate --from-record corrected.json --input doc`: learns from a clerk's corrected record.
/// </summary>
public static class AnnotateCommand
{
    public static int Bootstrap(string corpusDir, DocumentExtractor extractor, TextWriter stdout, TextWriter stderr)
    {
        var corpus = new CorpusDocuments(corpusDir, extractor);
        Directory.CreateDirectory(corpus.AnnotationsDir);
        var rules = extractor.Rules;
        var written = 0;
        // Inputs, then the OCR renderings of scans (ocr/<stem>.txt → annotations/ocr/<stem>.tsv).
        var ocrRenderings = Directory.Exists(corpus.OcrDir)
            ? Directory.EnumerateFiles(corpus.OcrDir, "*.txt").Order(StringComparer.Ordinal)
                .Select(f => (Stem: Path.GetFileNameWithoutExtension(f), Path: f, Target: Path.Combine(corpus.AnnotationsDir, OcrRenderings.Folder, Path.GetFileNameWithoutExtension(f) + ".tsv")))
            : [];
        foreach (var (stem, path, target) in corpus.Inputs.Select(i => (i.Stem, i.Path, Target: Path.Combine(corpus.AnnotationsDir, i.Stem + ".tsv"))).Concat(ocrRenderings))
        {
            if (File.Exists(target)) continue;
            try
            {
                if (corpus.TryPrepare(path) is null) { stderr.WriteLine($"skipped: {path}: no text without OCR (a scan: annotate its OCR rendering in {corpus.OcrDir})"); continue; }
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                AnnotationBootstrap.Create(corpus, path, rules, corpus.Expected(stem)).Write(target);
                written++;
            }
            catch (Exception e)
            {
                stderr.WriteLine($"skipped: {path}: {e.Message}");
            }
        }
        stdout.WriteLine($"{written} annotation files written to {corpus.AnnotationsDir}");
        return ExitCodes.Ok;
    }

    public static int FromRecord(string corpusDir, DocumentExtractor extractor, string recordPath, string inputPath, TextWriter stdout, TextWriter stderr)
    {
        foreach (var path in new[] { recordPath, inputPath })
            if (!File.Exists(path)) { stderr.WriteLine($"error: {path}: no such file"); return ExitCodes.Usage; }
        var written = CorrectionAnnotator.Apply(new CorpusDocuments(corpusDir, extractor), recordPath, inputPath, extractor.Rules);
        stdout.WriteLine($"{written.Stem}: record kept as {written.RecordPath}; {written.AnnotationPath} written ({written.RolesChanged} line roles set from the record). Run `pipeline train` to learn from it.");
        return ExitCodes.Ok;
    }
}
