using Pipeline.Lines;
using Pipeline.Roles;
using Pipeline.Sources;

namespace Pipeline.Cli.Commands;

/// <summary>`pipeline roles FILE`: prints every line with its role, column and page — for seeing why a field was missed.</summary>
public sealed class RolesCommand(SourceReaders readers, ILineRoleClassifier classifier)
{
    public int Run(string path, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var source = readers.Read(SourceFile.Load(path));
            var roled = classifier.Classify(LinePreparer.Prepare(source));
            foreach (var line in roled.Lines)
                stdout.WriteLine($"{line.Line.Page,3} {line.Line.Column,-5} {line.Role,-16} {line.Text}");
            return ExitCodes.Ok;
        }
        catch (SourceException e)
        {
            stderr.WriteLine($"error: {path}: {e.Message}");
            return ExitCodes.InputErrors;
        }
    }
}
