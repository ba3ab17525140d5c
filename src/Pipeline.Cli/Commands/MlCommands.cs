using System.CommandLine;
using Pipeline.Ml.Training;

namespace Pipeline.Cli.Commands;

/// <summary>The learned-model commands (annotate, train), registered apart from the extraction commands.</summary>
public static class MlCommands
{
    public static void Register(RootCommand root, CliContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "Corpus folder", DefaultValueFactory = _ => "corpus" };
        var bootstrap = new Option<bool>("--bootstrap") { Description = "Write rules-made annotations for inputs that have none" };
        var fromRecord = new Option<string?>("--from-record") { Description = "A corrected record (JSON) to learn from" };
        var input = new Option<string?>("--input") { Description = "The input document the corrected record is for" };
        var annotate = new Command("annotate", "Write line-role annotations (corpus/annotations/<stem>.tsv), from the rules or from a corrected record") { corpus, bootstrap, fromRecord, input };
        annotate.SetAction(r => r.GetValue(bootstrap) ? AnnotateCommand.Bootstrap(r.GetValue(corpus)!, context.Extractor, context.Out, context.Err)
            : r.GetValue(fromRecord) is { } record && r.GetValue(input) is { } doc ? AnnotateCommand.FromRecord(r.GetValue(corpus)!, context.Extractor, record, doc, context.Out, context.Err)
            : Usage(context, "annotate: give --bootstrap, or --from-record FILE --input FILE"));
        root.Subcommands.Add(annotate);

        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (by document group)", DefaultValueFactory = _ => 5 };
        LimitOptions.AtLeast(folds, 2, "--folds must be at least 2 (a fold is held out while the others train)");
        var threshold = new Option<double>("--threshold") { Description = "Model probability over which rules+model takes the model's line role", DefaultValueFactory = _ => TrainingOptions.Default.CombineThreshold };
        var defaultThreshold = new Option<double>("--default-threshold") { Description = "Model probability over which rules+model takes the model's role on a line the rules only defaulted", DefaultValueFactory = _ => TrainingOptions.Default.DefaultRoleThreshold };
        var directives = new Option<bool>("--directives") { Description = "Cross-validate the directive-item model instead: rules vs each way of combining the model with them" };
        var cv = new Command("cv", "Cross-validate the learned models by document: per-class precision/recall, rules vs model vs both") { corpus, folds, threshold, defaultThreshold, directives };
        cv.SetAction(r => CvCommand.Run(r.GetValue(corpus)!, context.Extractor, r.GetValue(folds), TrainingOptions.Default with { CombineThreshold = r.GetValue(threshold), DefaultRoleThreshold = r.GetValue(defaultThreshold) }, context.Out, r.GetValue(directives)));
        root.Subcommands.Add(cv);

        var modelsOut = new Option<string>("--out") { Description = "Folder for the models and manifest.json", DefaultValueFactory = _ => "models" };
        var train = new Command("train", "Rebuild every model (line roles, directive items, unit roles) deterministically into models/") { corpus, modelsOut };
        train.SetAction(r => TrainCommand.Run(r.GetValue(corpus)!, context.Extractor, r.GetValue(modelsOut)!, context.Out));
        root.Subcommands.Add(train);
    }

    private static int Usage(CliContext context, string message)
    {
        context.Err.WriteLine("error: " + message);
        return ExitCodes.Usage;
    }
}
