using System.Text;
using Pipeline.Roles;

namespace Pipeline.Ml.Annotations;

/// <summary>
/// One document's line-role annotation, stored as <c>corpus/annotations/&lt;stem&gt;.tsv</c>:
/// <c># key: value</c> header lines (source, status), then one <c>Role&lt;TAB&gt;text</c> line per prepared line,
/// blank lines included as <c>Blank&lt;TAB&gt;</c>. Tabs in text never occur after preparation; they are
/// written as spaces to keep the format line-oriented.
/// </summary>
public sealed record AnnotationFile(string Stem, string Source, string Status, IReadOnlyList<(LineRole Role, string Text)> Lines)
{
    public static AnnotationFile Read(string path)
    {
        string source = "", status = "";
        var lines = new List<(LineRole, string)>();
        var number = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (raw.StartsWith('#'))
            {
                var colon = raw.IndexOf(':');
                if (colon < 0) continue;
                var key = raw[1..colon].Trim();
                var value = raw[(colon + 1)..].Trim();
                if (key == "source") source = value;
                else if (key == "status") status = value;
                continue;
            }
            var tab = raw.IndexOf('\t');
            var roleName = tab < 0 ? raw : raw[..tab];
            if (!Enum.TryParse<LineRole>(roleName, out var role))
                throw new FormatException($"{path}:{number}: unknown role '{roleName}'");
            lines.Add((role, tab < 0 ? "" : raw[(tab + 1)..]));
        }
        return new AnnotationFile(Path.GetFileNameWithoutExtension(path), source, status, lines);
    }

    public void Write(string path)
    {
        var sb = new StringBuilder();
        sb.Append("# source: ").Append(Source).Append('\n');
        sb.Append("# status: ").Append(Status).Append('\n');
        foreach (var (role, text) in Lines) sb.Append(role).Append('\t').Append(text.Replace('\t', ' ')).Append('\n');
        var temp = path + ".tmp";
        File.WriteAllText(temp, sb.ToString(), new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }
}
