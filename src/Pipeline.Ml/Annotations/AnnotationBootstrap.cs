using Pipeline.Roles;

namespace Pipeline.Ml.Annotations;

/// <summary>
/// Writes a first annotation of a document from a classifier's output (the rules), status "bootstrap".
/// It is a starting point to correct by reading the document, never training data to trust as is: the file's
/// status line says whether a person has reviewed it.
/// </summary>
public static class AnnotationBootstrap
{
    public static AnnotationFile Create(CorpusDocuments corpus, string inputPath, ILineRoleClassifier classifier)
    {
        var prepared = corpus.Prepare(inputPath);
        var roled = classifier.Classify(prepared);
        var source = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(corpus.CorpusDir).TrimEnd(Path.DirectorySeparatorChar))!, Path.GetFullPath(inputPath));
        return new AnnotationFile(Path.GetFileNameWithoutExtension(inputPath), source.Replace('\\', '/'), "bootstrap (rules output, not reviewed)",
            roled.Lines.Select(l => (l.Role, l.Text)).ToList());
    }
}
