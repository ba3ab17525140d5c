using Pipeline.Ml.Annotations;
using Pipeline.Ml.Features;
using Pipeline.Ml.Noise;
using Pipeline.Roles;
using Pipeline.Sources;

namespace Pipeline.Ml.Training;

/// <summary>
/// Training rows for the line-role model: every annotated line of every document, plus <paramref name="noisyCopies"/>
/// seeded noised copies of each document so that the model also learns OCR-damaged text. Lines without a gold
/// role (not aligned) are left out.
/// </summary>
public static class LineRoleExamples
{
    public static List<FeatureRow> Build(IEnumerable<AnnotatedDocument> documents, LineRecognizer recognizer, int noisyCopies, int seed, NoiseSettings? noise = null)
    {
        var features = new LineFeatures(recognizer);
        var rows = new List<FeatureRow>();
        foreach (var doc in documents)
        {
            Add(rows, features, doc.Prepared.Lines, doc.Roles);
            if (OcrRenderings.IsRendering(doc.Stem)) continue; // real OCR noise already
            var rng = new Random(NoisyDocuments.SeedFor(doc.Stem, seed));
            for (var copy = 0; copy < noisyCopies; copy++)
            {
                var (lines, roles) = NoisyDocuments.Labelled(doc.Prepared.Lines, doc.Roles, noise ?? NoiseSettings.Default, rng);
                Add(rows, features, lines, roles);
            }
        }
        return rows;
    }

    private static void Add(List<FeatureRow> rows, LineFeatures lineFeatures, IReadOnlyList<Line> lines, IReadOnlyList<LineRole> roles)
    {
        var features = lineFeatures.Of(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            // Blank lines are blank by definition; the model is not asked about them.
            if (AnnotationSet.IsUnknown(roles[i]) || lines[i].IsBlank) continue;
            rows.Add(new FeatureRow { Label = roles[i].ToString(), Features = features[i] });
        }
    }
}
