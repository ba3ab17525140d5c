using Pipeline.Records;
using Pipeline.Roles;
using Pipeline.Text;

namespace Pipeline.Ml.Annotations;

/// <summary>
/// Turns a clerk's corrected record into training data: the record is kept as
/// <c>annotations/records/&lt;stem&gt;.json</c> (labels for the directive-item and unit-role models), the input is
/// copied to <c>annotations/inputs/</c> when it is not already in the corpus, and the line roles the record
/// implies are written into <c>annotations/&lt;stem&gt;.tsv</c> over the existing annotation (or the rules' output):
/// lines of the title → Title, the signer's name → SignerName, recipient entries → Recipient, the Lưu line →
/// Archive, and lines of a task's text that were taken for noise or appendix → Body.
/// </summary>
public static class CorrectionAnnotator
{
    public sealed record Written(string Stem, string RecordPath, string AnnotationPath, int RolesChanged);

    public static Written Apply(CorpusDocuments corpus, string recordPath, string inputPath, ILineRoleClassifier rules)
    {
        var record = RecordJson.Deserialize(File.ReadAllText(recordPath));
        var stem = Path.GetFileNameWithoutExtension(inputPath);
        var recordsDir = Path.Combine(corpus.AnnotationsDir, "records");
        Directory.CreateDirectory(recordsDir);
        var storedRecord = Path.Combine(recordsDir, stem + ".json");
        File.Copy(recordPath, storedRecord, overwrite: true);

        var input = corpus.InputPath(stem);
        if (input is null || !SameFile(input, inputPath))
        {
            var inputsDir = Path.Combine(corpus.AnnotationsDir, "inputs");
            Directory.CreateDirectory(inputsDir);
            input = Path.Combine(inputsDir, Path.GetFileName(inputPath));
            if (!SameFile(input, inputPath)) File.Copy(inputPath, input, overwrite: true);
        }

        var annotationPath = Path.Combine(corpus.AnnotationsDir, stem + ".tsv");
        var prepared = corpus.Prepare(input);
        var roles = File.Exists(annotationPath)
            ? AnnotationAligner.Align(prepared.Lines, AnnotationFile.Read(annotationPath).Lines).Select((r, i) => r ?? rules.Classify(prepared).Lines[i].Role).ToList()
            : rules.Classify(prepared).Lines.Select(l => l.Role).ToList();
        var changed = Correct(prepared.Lines.Select(l => l.Text).ToList(), roles, record);
        var source = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(corpus.CorpusDir).TrimEnd(Path.DirectorySeparatorChar))!, Path.GetFullPath(input)).Replace('\\', '/');
        new AnnotationFile(stem, source, $"from a corrected record ({Path.GetFileName(recordPath)}): title, signer, recipients, archive and task lines set from it; other lines as before",
            prepared.Lines.Select((l, i) => (roles[i], l.Text)).ToList()).Write(annotationPath);
        return new Written(stem, storedRecord, annotationPath, changed);
    }

    /// <summary>Sets the roles the record implies; returns how many lines changed.</summary>
    public static int Correct(IReadOnlyList<string> lines, List<LineRole> roles, DocumentRecord record)
    {
        var changed = 0;
        void Set(int i, LineRole role)
        {
            if (roles[i] == role) return;
            roles[i] = role;
            changed++;
        }
        var d = record.Document;
        var title = d.Title is null ? "" : Key(d.Title);
        var tasks = record.Tasks.Select(t => Key(t.Text)).ToList();
        var recipients = d.Recipients.Select(r => Key(r.Name)).Where(r => r.Length >= 3).ToList();
        var headerReach = Math.Min(lines.Count, 60);
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i];
            if (text.Length == 0) continue;
            var key = Key(text.TrimStart('-', '+', '•', ' ').Replace("V/v", "").Replace("v/v", ""));
            if (key.Length == 0) continue;
            if (i < headerReach && title.Length > 0 && key.Length >= 4 && title.Contains(key) && roles[i] is LineRole.Body or LineRole.Noise or LineRole.SectionHeading or LineRole.Title)
                Set(i, LineRole.Title);
            else if (d.Signer?.Name is { } name && Key(name) == key) Set(i, LineRole.SignerName);
            else if (d.Archive is { } archive && LinePatterns.IsArchive(text) && key.Contains(Key(archive))) Set(i, LineRole.Archive);
            else if (text.TrimStart().StartsWith('-') && recipients.Any(r => key.StartsWith(r, StringComparison.Ordinal))) Set(i, LineRole.Recipient);
            else if (roles[i] is LineRole.Noise or LineRole.Appendix && key.Length >= 15 && tasks.Any(t => t.Contains(key))) Set(i, LineRole.Body);
        }
        return changed;
    }

    private static string Key(string s) => VnText.Squash(VnText.Fold(s)).Trim(' ', '.', ',', ';', ':');

    private static bool SameFile(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
