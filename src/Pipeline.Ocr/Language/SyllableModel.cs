using System.IO.Compression;
using System.Text;

namespace Pipeline.Ocr.Language;

/// <summary>
/// Interpolated Kneser-Ney trigram model over canonical lower-cased syllables (numbers as one token), with the
/// syllable lexicon that proposes candidates: every known spelling with the same base letters.
/// Built by <see cref="SyllableModelTrainer"/> (`pipeline train-lm`), stored as gzip text (models/lm/README.md).
/// </summary>
public sealed class SyllableModel
{
    private const double Discount = 0.75;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _trigrams = [];
    private readonly Dictionary<long, (int Total, int Types)> _trigramContexts = [];
    private readonly Dictionary<long, int> _bigramContinuation = [];
    private readonly Dictionary<int, (int Total, int Types)> _bigramContexts = [];
    private readonly Dictionary<int, int> _unigramContinuation = [];
    private int _unigramTotal;

    /// <summary>Base letters → canonical syllables of the lexicon with their most frequent surface form.</summary>
    private readonly Dictionary<string, List<(string Canonical, string Surface, int Count)>> _byBase = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lexicon = new(StringComparer.Ordinal);

    /// <summary>The header comments of the model file: what it was trained on.</summary>
    public IReadOnlyList<string> Provenance { get; private set; } = [];

    public int LexiconSize => _lexicon.Count;
    public int TrigramCount => _trigrams.Count;

    public bool Knows(string canonical) => _lexicon.Contains(canonical);

    /// <summary>Lexicon syllables with the same base letters, most frequent first.</summary>
    public IReadOnlyList<(string Canonical, string Surface, int Count)> Candidates(string baseLetters) =>
        _byBase.TryGetValue(baseLetters, out var list) ? list : [];

    /// <summary>ln P(w | u v), interpolated Kneser-Ney with absolute discount 0.75.</summary>
    public double LogProbability(string u, string v, string w)
    {
        var iw = Id(w);
        var iv = Id(v);
        var iu = Id(u);
        var p1 = (Count(_unigramContinuation, iw) + 0.5) / (_unigramTotal + 0.5 * (_unigramContinuation.Count + 1));
        var p2 = p1;
        if (iv >= 0 && _bigramContexts.TryGetValue(iv, out var c2))
            p2 = Math.Max(Count(_bigramContinuation, Key(iv, iw)) - Discount, 0) / c2.Total + Discount * c2.Types / c2.Total * p1;
        var p3 = p2;
        if (iu >= 0 && iv >= 0 && _trigramContexts.TryGetValue(Key(iu, iv), out var c3))
            p3 = Math.Max(Count(_trigrams, Key(iu, iv, iw)) - Discount, 0) / c3.Total + Discount * c3.Types / c3.Total * p2;
        return Math.Log(p3);
    }

    private int Id(string token) => _ids.TryGetValue(token, out var id) ? id : -1;

    private static int Count<TKey>(Dictionary<TKey, int> table, TKey key) where TKey : notnull => table.TryGetValue(key, out var c) ? c : 0;

    private static long Key(int a, int b) => ((long)(a + 1) << 21) | (long)(b + 1);
    private static long Key(int a, int b, int c) => ((long)(a + 1) << 42) | ((long)(b + 1) << 21) | (long)(c + 1);

    private int Intern(string token)
    {
        if (!_ids.TryGetValue(token, out var id)) _ids[token] = id = _ids.Count;
        return id;
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static SyllableModel Read(Stream gzip)
    {
        var model = new SyllableModel();
        var provenance = new List<string>();
        var surfaces = new Dictionary<string, (string Surface, int Count)>(StringComparer.Ordinal);
        using var reader = new StreamReader(new GZipStream(gzip, CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#')) { provenance.Add(line[1..].Trim()); continue; }
            var parts = line.Split('\t');
            if (parts[0] == "L")
            {
                var count = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
                var canonical = Syllable.Canonical(parts[1]);
                model._lexicon.Add(canonical);
                if (!surfaces.TryGetValue(canonical, out var s) || count > s.Count) surfaces[canonical] = (parts[1], Math.Max(count, s.Count));
            }
            else if (parts[0] == "T")
            {
                var tokens = parts[1].Split(' ');
                var key = Key(model.Intern(tokens[0]), model.Intern(tokens[1]), model.Intern(tokens[2]));
                model._trigrams[key] = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        model.Provenance = provenance;
        foreach (var (canonical, (surface, count)) in surfaces)
        {
            var key = Syllable.Base(surface);
            if (!model._byBase.TryGetValue(key, out var list)) model._byBase[key] = list = [];
            list.Add((canonical, surface, count));
        }
        foreach (var list in model._byBase.Values) list.Sort((a, b) => b.Count.CompareTo(a.Count));
        model.DeriveCounts();
        return model;
    }

    private void DeriveCounts()
    {
        const long mask = (1L << 21) - 1;
        foreach (var (key, count) in _trigrams)
        {
            int u = (int)((key >> 42) & mask) - 1, v = (int)((key >> 21) & mask) - 1, w = (int)(key & mask) - 1;
            var context = Key(u, v);
            var c = _trigramContexts.GetValueOrDefault(context);
            _trigramContexts[context] = (c.Total + count, c.Types + 1);
            var bigram = Key(v, w);
            _bigramContinuation[bigram] = _bigramContinuation.GetValueOrDefault(bigram) + 1;
        }
        foreach (var (key, count) in _bigramContinuation)
        {
            int v = (int)((key >> 21) & mask) - 1, w = (int)(key & mask) - 1;
            var c = _bigramContexts.GetValueOrDefault(v);
            _bigramContexts[v] = (c.Total + count, c.Types + 1);
            _unigramContinuation[w] = _unigramContinuation.GetValueOrDefault(w) + 1;
            _unigramTotal++;
        }
    }

    /// <summary>Writes provenance comments, the lexicon (surface, training count) and the trigram counts, sorted: same input, same bytes.</summary>
    public static void Write(Stream output, IEnumerable<string> provenance, IReadOnlyDictionary<string, int> lexicon,
        IReadOnlyDictionary<(string, string, string), int> trigrams)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in provenance) writer.WriteLine("# " + line);
        foreach (var (surface, count) in lexicon.OrderBy(p => p.Key, StringComparer.Ordinal))
            writer.WriteLine($"L\t{surface}\t{count}");
        foreach (var ((a, b, c), count) in trigrams.OrderBy(p => $"{p.Key.Item1} {p.Key.Item2} {p.Key.Item3}", StringComparer.Ordinal))
            writer.WriteLine($"T\t{a} {b} {c}\t{count}");
    }
}
