using System.CommandLine;
using Pipeline.Cli.Commands;
using Pipeline.Extraction;

Console.OutputEncoding = System.Text.Encoding.UTF8;
using var composition = new Pipeline.Cli.Composition();
var extractor = composition.Extractor;

var root = new RootCommand("pipeline: Vietnamese official documents (TB, NQ, KL, CT, KH, công văn) to structured JSON records");

var paths = new Argument<string[]>("paths") { Description = "Files or folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
var outOption = new Option<string?>("--out") { Description = "Output folder: <stem>.json per input, tasks.jsonl, errors.jsonl" };
var stdoutOption = new Option<bool>("--stdout") { Description = "Print the JSON records instead of (or besides) writing them" };
var modelsOption = new Option<string?>("--models") { Description = "Folder of trained models (e.g. models): rules + models instead of rules only" };
var extract = new Command("extract", "Extract document and task records from inputs") { paths, outOption, stdoutOption, modelsOption };
extract.SetAction(r => new ExtractCommand(LearnedExtractor.Choose(r.GetValue(modelsOption), extractor, Console.Error)).Run(r.GetValue(paths)!, r.GetValue(outOption), r.GetValue(stdoutOption), Console.Out, Console.Error));
root.Subcommands.Add(extract);

var expectedOption = new Option<string>("--expected") { Description = "Folder of expected records (<stem>.json)", Required = true };
var evalOut = new Option<string>("--out") { Description = "Folder for the extracted records", Required = true };
var corpusOption = new Option<string?>("--corpus") { Description = "Folder holding the inputs (default: the expected folder's parent)" };
var thresholdsOption = new Option<string?>("--thresholds") { Description = "Thresholds file, per measure for dev and test (default: <corpus>/thresholds.json, else <expected>/thresholds.json)" };
var testExpectedOption = new Option<string?>("--test-expected") { Description = "Expected records of the frozen test split (default: <corpus>/test/expected)" };
var missesOption = new Option<bool>("--misses") { Description = "List every miss", DefaultValueFactory = _ => true };
var ablationOption = new Option<bool>("--ablation") { Description = "Cross-validated rules vs rules + models on the text, noisy text and (with --ocr) OCR output" };
var foldsOption = new Option<int>("--folds") { Description = "Folds for --ablation (by document group)", DefaultValueFactory = _ => 5 };
var ocrOption = new Option<string?>("--ocr") { Description = "For --ablation: folder of OCR text, <stem>.txt per scanned document" };
var eval = new Command("eval", "Evaluate extraction against expected records: development set and frozen test split") { expectedOption, evalOut, corpusOption, thresholdsOption, testExpectedOption, missesOption, modelsOption, ablationOption, foldsOption, ocrOption };
eval.SetAction(r => r.GetValue(ablationOption)
    ? AblationCommand.Run(r.GetValue(corpusOption) ?? Path.GetDirectoryName(Path.GetFullPath(r.GetValue(expectedOption)!).TrimEnd('/'))!, r.GetValue(foldsOption), r.GetValue(ocrOption), Console.Out)
    : new EvalCommand(LearnedExtractor.Choose(r.GetValue(modelsOption), extractor, Console.Error)).Run(r.GetValue(expectedOption)!, r.GetValue(evalOut)!, r.GetValue(corpusOption), r.GetValue(thresholdsOption), r.GetValue(missesOption), Console.Out, Console.Error, r.GetValue(testExpectedOption)));
root.Subcommands.Add(eval);
MlCommands.Register(root);

var rolesPath = new Argument<string>("path") { Description = "One input file" };
var roles = new Command("roles", "Show each line's role (for diagnosing an extraction)") { rolesPath, modelsOption };
roles.SetAction(r => new RolesCommand(extractor.Readers, LearnedExtractor.Choose(r.GetValue(modelsOption), extractor, Console.Error).Classifier).Run(r.GetValue(rolesPath)!, Console.Out, Console.Error));
root.Subcommands.Add(roles);

root.Subcommands.Add(IngestCommand.Create(extractor));
root.Subcommands.Add(BenchOcrCommand.Create());

// A parse error is bad arguments (64), not System.CommandLine's default 1, which means "below threshold" here.
var parsed = root.Parse(args);
var exitCode = parsed.Invoke();
return parsed.Errors.Count > 0 ? ExitCodes.Usage : exitCode;
