using System.CommandLine;

namespace Pipeline.Cli.Commands;

/// <summary>The learned-model commands (annotate, train), registered apart from the extraction commands.</summary>
public static class MlCommands
{
    public static void Register(RootCommand root)
    {
        var corpus = new Option<string>("--corpus") { Description = "Corpus folder", DefaultValueFactory = _ => "corpus" };
        var bootstrap = new Option<bool>("--bootstrap") { Description = "Write rules-made annotations for inputs that have none" };
        var annotate = new Command("annotate", "Write line-role annotations (corpus/annotations/<stem>.tsv)") { corpus, bootstrap };
        annotate.SetAction(r => r.GetValue(bootstrap)
            ? AnnotateCommand.Bootstrap(r.GetValue(corpus)!, Console.Out, Console.Error)
            : Usage("annotate: give --bootstrap or --from-record FILE --input FILE"));
        root.Subcommands.Add(annotate);
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine("error: " + message);
        return ExitCodes.Usage;
    }
}
