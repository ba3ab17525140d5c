using System.CommandLine;
using Pipeline.Lines;
using Pipeline.Roles;
using Pipeline.Sources;

namespace Pipeline.Cli.Commands;

/// <summary>`pipeline roles FILE`: prints every line with its role, column and page — for seeing why a field was missed.</summary>
public sealed class RolesCommand(SourceReaders readers, ILineRoleClassifier classifier)
{
    public static Command Create(CliContext context, IReadOnlyList<string> args)
    {
        var path = PathArguments.One("path", "One input file", args);
        var models = PathArguments.Option("--models", "Folder of trained models (e.g. models): rules + model line roles", args);
        var roles = new Command("roles", "Show each line's role (for diagnosing an extraction)") { path, models };
        roles.SetAction(r =>
        {
            var extractor = context.ExtractorWith(r.GetValue(models) is { } dir ? new ModelChoice(dir, ModelStages.All) : ModelChoice.RulesOnly);
            return new RolesCommand(extractor.Readers, extractor.Classifier).Run(r.GetValue(path)!, context.Out, context.Err);
        });
        return roles;
    }

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
        catch (SourceException e) when (e.Code == "missing-dependency")
        {
            stderr.WriteLine($"error: {path}: {e.Message}");
            return ExitCodes.MissingDependency;
        }
        catch (SourceException e)
        {
            stderr.WriteLine($"error: {path}: {e.Code}: {e.Message}");
            return ExitCodes.InputErrors;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            stderr.WriteLine($"error: {path}: missing: no such file");
            return ExitCodes.InputErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {path}: io: {e.Message}");
            return ExitCodes.InputErrors;
        }
    }
}
