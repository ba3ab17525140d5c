using System.Collections.Immutable;
using Pipeline.Roles;

namespace Pipeline.Ml.Annotations;

/// <summary>
/// Loads every <c>corpus/annotations/*.tsv</c> onto the documents the readers produce now, and every
/// <c>corpus/annotations/ocr/*.tsv</c> onto the OCR rendering it labels (stem <c>ocr/&lt;stem&gt;</c>, <see cref="OcrRenderings"/>).
/// </summary>
public static class AnnotationSet
{
    /// <summary>A loaded document and how many of its lines had no annotated counterpart.</summary>
    public sealed record Loaded(AnnotatedDocument Document, int Unaligned, string Status);

    public static List<Loaded> Load(CorpusDocuments corpus, Func<string, bool>? include = null)
    {
        var result = new List<Loaded>();
        if (!Directory.Exists(corpus.AnnotationsDir)) return result;
        var ocrAnnotations = Path.Combine(corpus.AnnotationsDir, OcrRenderings.Folder);
        var files = Directory.EnumerateFiles(corpus.AnnotationsDir, "*.tsv").Order(StringComparer.Ordinal)
            .Concat(Directory.Exists(ocrAnnotations) ? Directory.EnumerateFiles(ocrAnnotations, "*.tsv").Order(StringComparer.Ordinal) : []);
        foreach (var file in files)
        {
            var annotation = AnnotationFile.Read(file);
            if (Path.GetDirectoryName(file) == ocrAnnotations) annotation = annotation with { Stem = OcrRenderings.StemOf(annotation.Stem) };
            if (include is not null && !include(annotation.Stem)) continue;
            var input = ResolveSource(corpus, annotation);
            if (input is null) continue;
            var prepared = corpus.Prepare(input);
            var roles = AnnotationAligner.Align(prepared.Lines, annotation.Lines);
            // A line with no annotated counterpart carries the "unknown" role: skipped in training and scoring.
            var mask = roles.Select(r => r ?? (LineRole)(-1)).ToImmutableArray();
            result.Add(new Loaded(new AnnotatedDocument(annotation.Stem, prepared, mask), roles.Count(r => r is null), annotation.Status));
        }
        return result;
    }

    /// <summary>A role value meaning "no gold role": the line is skipped in training and scoring.</summary>
    public static bool IsUnknown(LineRole role) => (int)role < 0;

    private static string? ResolveSource(CorpusDocuments corpus, AnnotationFile annotation)
    {
        if (annotation.Source.Length > 0)
        {
            var relative = Path.Combine(Path.GetDirectoryName(corpus.CorpusDir.TrimEnd(Path.DirectorySeparatorChar)) ?? ".", annotation.Source);
            if (File.Exists(relative)) return relative;
            if (File.Exists(annotation.Source)) return annotation.Source;
        }
        if (OcrRenderings.IsRendering(annotation.Stem))
        {
            var rendering = Path.Combine(corpus.OcrDir, OcrRenderings.CleanStem(annotation.Stem) + ".txt");
            return File.Exists(rendering) ? rendering : null;
        }
        return corpus.InputPath(annotation.Stem);
    }
}
