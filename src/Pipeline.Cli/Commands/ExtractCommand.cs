using System.Text.Json;
using Pipeline.Extraction;
using Pipeline.Records;
using Pipeline.Sources;

namespace Pipeline.Cli.Commands;

/// <summary>
/// `pipeline extract PATH... --out DIR`: one DIR/&lt;stem&gt;.json per input, one tasks.jsonl line per task,
/// one errors.jsonl line per input that failed. A bad input never stops the batch.
/// </summary>
public sealed class ExtractCommand(DocumentExtractor extractor)
{
    public int Run(IReadOnlyList<string> paths, string? outDir, bool toStdout, TextWriter stdout, TextWriter stderr)
    {
        if (!toStdout && outDir is null) { stderr.WriteLine("error: --out DIR or --stdout is required"); return ExitCodes.Usage; }
        var errors = 0;
        var missing = new List<string>();
        var inputs = InputWalker.Expand(paths, missing.Add).ToList();
        foreach (var m in missing) { stderr.WriteLine($"error: {m}: no such file or folder"); errors++; }

        string? tasksPath = null, errorsPath = null;
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
            tasksPath = Path.Combine(outDir, "tasks.jsonl");
            errorsPath = Path.Combine(outDir, "errors.jsonl");
            // This run's task and error lists replace the previous run's.
            AtomicFile.Write(tasksPath, "");
            AtomicFile.Write(errorsPath, "");
            foreach (var m in missing) AtomicFile.AppendLines(errorsPath, [ErrorLine(m, "missing", "no such file or folder")]);
        }

        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var taskCount = 0;
        foreach (var input in inputs)
        {
            try
            {
                var record = extractor.Extract(SourceFile.Load(input));
                if (toStdout) stdout.WriteLine(RecordJson.Serialize(record));
                if (outDir is not null)
                {
                    var name = OutputName(input, usedNames);
                    AtomicFile.Write(Path.Combine(outDir, name), RecordJson.Serialize(record) + "\n");
                    AtomicFile.AppendLines(tasksPath!, record.Tasks.Select(t => RecordJson.TaskLine(record, t)));
                    taskCount += record.Tasks.Count;
                    if (!toStdout) stdout.WriteLine($"ok    {input} -> {Path.Combine(outDir, name)} ({record.Tasks.Count} tasks, {record.Warnings.Count} warnings)");
                }
            }
            catch (Exception e) when (e is SourceException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                errors++;
                var code = e is SourceException se ? se.Code : "io";
                stderr.WriteLine($"error: {input}: {e.Message}");
                if (errorsPath is not null) AtomicFile.AppendLines(errorsPath, [ErrorLine(input, code, e.Message)]);
            }
            catch (Exception e)
            {
                // A bug or an unforeseen input: recorded like any failure so the batch goes on.
                errors++;
                stderr.WriteLine($"error: {input}: internal error: {e.GetType().Name}: {e.Message}");
                if (errorsPath is not null) AtomicFile.AppendLines(errorsPath, [ErrorLine(input, "internal", $"{e.GetType().Name}: {e.Message}")]);
            }
        }
        if (!toStdout) stdout.WriteLine($"{inputs.Count - errors + missing.Count} of {inputs.Count + missing.Count} inputs extracted, {taskCount} tasks, {errors} errors{(outDir is null ? "" : $"; output in {outDir}")}");
        return errors > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    private static string OutputName(string input, HashSet<string> used)
    {
        var stem = Path.GetFileNameWithoutExtension(input);
        var name = stem + ".json";
        if (!used.Add(name))
        {
            name = $"{stem}.{Path.GetExtension(input).TrimStart('.')}.json";
            for (var i = 2; !used.Add(name); i++) name = $"{stem}.{i}.json";
        }
        return name;
    }

    private static string ErrorLine(string file, string code, string message) =>
        JsonSerializer.Serialize(new { file, code, error = message }, RecordJson.Compact);
}
