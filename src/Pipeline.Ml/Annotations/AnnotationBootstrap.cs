using Pipeline.Records;
using Pipeline.Roles;

namespace Pipeline.Ml.Annotations;

/// <summary>
/// Writes a first annotation of a document from a classifier's output (the rules), status "bootstrap".
/// It is a starting point to correct by reading the document, never training data to trust as is: the file's
/// status line says whether a person has reviewed it. When the document has an expected record, the line roles
/// the record implies (title, signer's name, recipients, Lưu, task lines taken for noise) are set from it
/// (<see cref="CorrectionAnnotator.Correct"/>): the rules' misses there are not learnt as gold.
/// </summary>
public static class AnnotationBootstrap
{
    public static AnnotationFile Create(CorpusDocuments corpus, string inputPath, ILineRoleClassifier classifier, DocumentRecord? expected = null)
    {
        var prepared = corpus.Prepare(inputPath);
        var roled = classifier.Classify(prepared);
        var source = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(corpus.CorpusDir).TrimEnd(Path.DirectorySeparatorChar))!, Path.GetFullPath(inputPath));
        var roles = roled.Lines.Select(l => l.Role).ToList();
        var status = "bootstrap (rules output, not reviewed)";
        if (expected is not null)
        {
            var changed = CorrectionAnnotator.Correct(roled.Lines.Select(l => l.Text).ToList(), roles, expected);
            status = $"bootstrap (rules output; title, signer, recipient, archive and task lines set from the expected record: {changed} changed; not reviewed)";
        }
        return new AnnotationFile(Path.GetFileNameWithoutExtension(inputPath), source.Replace('\\', '/'), status,
            roled.Lines.Select((l, i) => (roles[i], l.Text)).ToList());
    }
}
