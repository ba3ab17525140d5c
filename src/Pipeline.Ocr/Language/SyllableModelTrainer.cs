using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Ocr.Language;

/// <summary>
/// Builds the syllable model (`pipeline train-lm`): trigram counts from the corpus's running text, the lexicon from
/// that text, Debian's hunspell-vi word list and Tesseract's own vie word list. The text the OCR is evaluated on never
/// enters: the nine transcribed scans (their published and corrected transcriptions, corpus/text 04_ and 18_–25_), their
/// OCR (corpus/ocr), the scans folder, the frozen test split (corpus/test), expected records and annotations are
/// excluded by path, and any other file holding a quarter of one of those transcriptions (its 6-syllable runs) is
/// dropped too: a copy of an evaluated document under another name. Shared boilerplate (the motto, "Căn cứ Luật
/// Tổ chức chính quyền địa phương") stays well below that.
/// </summary>
public static partial class SyllableModelTrainer
{
    /// <summary>Folders under corpus/ that are never read.</summary>
    public static readonly string[] ExcludedFolders = ["test", "ocr", "scans", "expected", "annotations"];

    /// <summary>Transcriptions of the nine evaluated scans in corpus/text.</summary>
    public static readonly string[] EvaluatedPrefixes = ["04_", "18_", "19_", "20_", "21_", "22_", "23_", "24_", "25_"];

    /// <summary>A file holding this share of an evaluated transcription's distinct 6-syllable runs is left out.</summary>
    private const double SharedRunLimit = 0.25;

    public const string HunspellDictionary = "/usr/share/hunspell/vi_VN.dic";

    public sealed record Result(int Files, int Sentences, int Lexicon, int Trigrams, IReadOnlyList<string> Dropped);

    public static Result Train(string corpusRoot, string tessdataVie, string output, TextWriter log)
    {
        var evaluated = EvaluatedTexts(corpusRoot);
        var evaluatedRuns = evaluated.Select(t => new HashSet<string>(Runs(t), StringComparer.Ordinal)).Where(r => r.Count > 0).ToList();
        var provenance = new List<string> { "syllable trigram model for OCR post-correction, built by `pipeline train-lm` (src/Pipeline.Ocr/README.md)" };
        var lexicon = new Dictionary<string, int>(StringComparer.Ordinal);
        var trigrams = new Dictionary<(string, string, string), int>();
        var dropped = new List<string>();
        int files = 0, sentences = 0;

        foreach (var path in TrainingCandidates(corpusRoot))
        {
            var relative = Path.GetRelativePath(corpusRoot, path).Replace('\\', '/');
            var text = ReadText(path);
            var runs = new HashSet<string>(Runs(text), StringComparer.Ordinal);
            var shared = evaluatedRuns.Max(e => (double)e.Count(runs.Contains) / e.Count);
            if (shared >= SharedRunLimit)
            {
                dropped.Add($"{relative} (holds {shared:P0} of an evaluated transcription's 6-syllable runs)");
                continue;
            }
            files++;
            provenance.Add($"text {relative} sha256:{Hash(File.ReadAllBytes(path))}");
            foreach (var line in text.Split('\n'))
                foreach (var piece in SyllableTokens.Pieces(line))
                    if (Syllable.IsWord(piece.Core))
                        lexicon[piece.Core.ToLowerInvariant()] = lexicon.GetValueOrDefault(piece.Core.ToLowerInvariant()) + 1;
            foreach (var sentence in SyllableTokens.Sentences(text))
            {
                sentences++;
                var tokens = new List<string> { SyllableTokens.Start, SyllableTokens.Start };
                tokens.AddRange(sentence);
                tokens.Add(SyllableTokens.End);
                for (var i = 2; i < tokens.Count; i++)
                {
                    var key = (tokens[i - 2], tokens[i - 1], tokens[i]);
                    trigrams[key] = trigrams.GetValueOrDefault(key) + 1;
                }
            }
        }

        foreach (var (source, words) in new[] { ("hunspell-vi " + HunspellDictionary, HunspellWords()), ("tesseract vie word list", TesseractWords(tessdataVie, log)) })
        {
            var added = 0;
            foreach (var syllable in words.SelectMany(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(s => s.ToLowerInvariant()).Where(Syllable.IsWord))
                if (lexicon.TryAdd(syllable.Normalize(NormalizationForm.FormC), 0)) added++;
            provenance.Add($"lexicon {source}: {added} syllables added");
            log.WriteLine($"lexicon: {added} syllables from {source}");
        }
        foreach (var d in dropped) provenance.Add("dropped " + d);
        provenance.Add("excluded folders: " + string.Join(", ", ExcludedFolders.Select(f => "corpus/" + f)) + "; excluded transcriptions: corpus/text/" + string.Join(",", EvaluatedPrefixes) + "*");

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var temporary = output + ".tmp";
        using (var stream = File.Create(temporary)) SyllableModel.Write(stream, provenance, lexicon, trigrams);
        File.Move(temporary, output, overwrite: true);
        log.WriteLine($"{files} files, {sentences} sentences, {lexicon.Count} lexicon syllables, {trigrams.Count} trigrams -> {output}");
        foreach (var d in dropped) log.WriteLine("dropped " + d);
        return new Result(files, sentences, lexicon.Count, trigrams.Count, dropped);
    }

    /// <summary>The published and corrected transcriptions of the nine evaluated scans.</summary>
    public static List<string> EvaluatedTexts(string corpusRoot)
    {
        var texts = new List<string>();
        var metadata = Path.Combine(corpusRoot, "scans", "nomvn-real-metadata.jsonl");
        if (File.Exists(metadata))
            texts.AddRange(File.ReadLines(metadata).Where(l => l.Trim().Length > 0)
                .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString() ?? ""));
        var text = Path.Combine(corpusRoot, "text");
        if (Directory.Exists(text))
            texts.AddRange(Directory.GetFiles(text).Where(f => IsEvaluated(Path.GetFileName(f))).Select(File.ReadAllText));
        return texts;
    }

    public static bool IsEvaluated(string fileName) => EvaluatedPrefixes.Any(p => fileName.StartsWith(p, StringComparison.Ordinal));

    /// <summary>Text files of the corpus outside the excluded folders and transcriptions, in a stable order.</summary>
    public static IEnumerable<string> TrainingCandidates(string corpusRoot) =>
        Directory.EnumerateFiles(corpusRoot, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".txt" or ".md" or ".html" or ".htm")
            // The corpus notes describe the evaluated transcriptions' corrections; they are not notices.
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Where(f => !ExcludedFolders.Contains(Path.GetRelativePath(corpusRoot, f).Split(Path.DirectorySeparatorChar)[0]))
            .Where(f => !(Path.GetFileName(Path.GetDirectoryName(f)) == "text" && IsEvaluated(Path.GetFileName(f))))
            .Order(StringComparer.Ordinal);

    /// <summary>Distinct runs of six lower-cased canonical syllables.</summary>
    public static IEnumerable<string> Runs(string text) =>
        SyllableTokens.Sentences(text).SelectMany(s => Enumerable.Range(0, Math.Max(0, s.Count - 5)).Select(i => string.Join(' ', s.Skip(i).Take(6))));

    /// <summary>A training file as text: HTML without its tags, scripts and styles.</summary>
    public static string ReadText(string path)
    {
        var text = File.ReadAllText(path).Normalize(NormalizationForm.FormC);
        if (Path.GetExtension(path).ToLowerInvariant() is not (".html" or ".htm")) return text;
        text = Scripts().Replace(text, " ");
        text = BlockTags().Replace(text, "\n");
        return WebUtility.HtmlDecode(Tags().Replace(text, " ")).Normalize(NormalizationForm.FormC);
    }

    private static IEnumerable<string> HunspellWords() =>
        File.Exists(HunspellDictionary)
            ? File.ReadLines(HunspellDictionary).Skip(1).Select(l => l.Split('/')[0].Trim())
            : throw new FileNotFoundException($"{HunspellDictionary} not found: install the Debian package hunspell-vi (scripts/setup.sh does)");

    /// <summary>Tesseract's vie word list, unpacked with combine_tessdata and dawg2wordlist (Debian package tesseract-ocr).</summary>
    private static List<string> TesseractWords(string vieTraineddata, TextWriter log)
    {
        var dir = Directory.CreateTempSubdirectory("pipeline-vie-words-").FullName;
        try
        {
            Run("combine_tessdata", dir, "-u", Path.GetFullPath(vieTraineddata), Path.Combine(dir, "vie."));
            var list = Path.Combine(dir, "words.txt");
            Run("dawg2wordlist", dir, Path.Combine(dir, "vie.lstm-unicharset"), Path.Combine(dir, "vie.lstm-word-dawg"), list);
            return [.. File.ReadLines(list).Select(w => w.Normalize(NormalizationForm.FormC))];
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Run(string tool, string dir, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} did not start (Debian package tesseract-ocr)");
        process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {error.Trim()}");
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();

    [GeneratedRegex(@"<(br|/p|/div|/tr|/li|/h\d|/td)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTags();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();
}
