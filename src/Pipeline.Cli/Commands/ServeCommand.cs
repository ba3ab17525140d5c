using System.CommandLine;
using Pipeline.Extraction;
using Pipeline.Review;
using Pipeline.Review.Accounts;
using Pipeline.Review.Intake;
using Pipeline.Review.Storage;

namespace Pipeline.Cli.Commands;

/// <summary>
/// `pipeline serve`: the clerks' review desk and the document API (src/Pipeline.Review), and
/// `pipeline import OUTDIR --db PATH`: a finished ingest run into the review queue.
/// </summary>
public static class ServeCommand
{
    public static List<Command> Create(CliContext context)
    {
        var host = new Option<string>("--host") { Description = "Address to listen on", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 8080 };
        var db = new Option<string>("--db") { Description = "Review database (SQLite, WAL)", DefaultValueFactory = _ => "review.db" };
        var createAdmin = new Option<string?>("--create-admin") { Description = "Create (or reset) admin NAME with the password read from standard input, then exit" };
        var workers = new Option<int>("--workers") { Description = "Extractions at once (default: the cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var serve = new Command("serve", "Serve the review desk and the REST API (http://127.0.0.1:8080 by default)") { host, port, db, createAdmin, workers };
        // Uploads are extracted as `extract` would: the shipped task models unless told otherwise.
        var models = new ModelOptions([]);
        models.AddTo(serve);
        serve.SetAction(r =>
        {
            var options = new ReviewOptions
            {
                Host = r.GetValue(host)!, Port = r.GetValue(port), DatabasePath = r.GetValue(db)!, Extractor = context.ExtractorWith(models.Read(r)),
                Workers = Math.Max(1, r.GetValue(workers)), QueueCapacity = 2 * Math.Max(1, r.GetValue(workers)) + 4,
            };
            if (options.Port is < 1 or > 65535) { Console.Error.WriteLine("error: --port must be 1-65535"); return ExitCodes.Usage; }
            if (r.GetValue(createAdmin) is { } name) return CreateAdmin(options.DatabasePath, name);
            var app = ReviewApp.Build(options);
            Console.Error.WriteLine($"review desk: http://{options.Host}:{options.Port}/  (database {Path.GetFullPath(options.DatabasePath)})");
            app.Run();
            return ExitCodes.Ok;
        });

        var outDir = new Argument<string>("outdir") { Description = "The output folder of a finished `pipeline ingest` run" };
        var importDb = new Option<string>("--db") { Description = "Review database (SQLite, WAL)", DefaultValueFactory = _ => "review.db" };
        var import = new Command("import", "Load a finished ingest run (records/, inputs for page images) into the review queue") { outDir, importDb };
        import.SetAction(r =>
        {
            var database = new Database(r.GetValue(importDb)!);
            var intake = new DocumentIntake(context.Extractor, new DocumentStore(database, TimeProvider.System));
            try
            {
                var (_, failed) = new BatchImporter(intake).Import(r.GetValue(outDir)!, Console.Out, Console.Error);
                return failed > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
            }
            catch (DirectoryNotFoundException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        var count = new Option<int>("--documents") { Description = "Documents in the benchmark database", DefaultValueFactory = _ => 10_000 };
        var corpus = new Option<string>("--corpus") { Description = "Folder of .txt/.md documents (records to seed, and the POST throughput run)", DefaultValueFactory = _ => "corpus/text" };
        var rounds = new Option<int>("--rounds") { Description = "Timed requests of each kind", DefaultValueFactory = _ => 100 };
        var bench = new Command("bench-review", "Benchmark the review desk: queue and document view with N documents, POST /api/documents throughput") { count, corpus, rounds };
        bench.SetAction(r => Pipeline.Review.Bench.ReviewBenchmark.Run(context.Extractor, r.GetValue(count), r.GetValue(corpus)!, r.GetValue(rounds), Console.Out).GetAwaiter().GetResult());
        return [serve, import, bench];
    }

    private static int CreateAdmin(string dbPath, string name)
    {
        var password = Console.In.ReadLine() ?? "";
        try
        {
            new UserStore(new Database(dbPath), TimeProvider.System).Create(name, password, ReviewRoles.Admin);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        Console.Error.WriteLine($"admin '{name}' saved in {Path.GetFullPath(dbPath)}");
        return ExitCodes.Ok;
    }
}
