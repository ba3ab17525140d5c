using System.Text;
using Pipeline.Ocr.Engine;
using Pipeline.Sources;

namespace Pipeline.Ocr.Language;

/// <summary>
/// Post-corrects recognised running text with the syllable language model: each syllable may become a lexicon
/// syllable with the same base letters (chú/chủ, phó/phố, sô/số), never a different placement of the same tone
/// (hoá/hóa); a Viterbi search per sentence minimises −ln P(trigram) plus a cost per diacritic edit and for keeping a
/// syllable the lexicon does not know; the original casing is put back. Numbers, abbreviations with digits and
/// punctuation are context, never changed. A changed line's confidence is lowered and the printed form of each
/// change is returned (the reader puts it in the page warnings, where a clerk sees it).
/// </summary>
public sealed class SyllableCorrector(SyllableModel model, SyllableCorrector.Costs? costs = null) : ILineCorrector
{
    /// <param name="DiacriticEdit">Nats per changed mark (−ln of a few per cent, the rate Tesseract misreads a mark).</param>
    /// <param name="UnknownSyllable">Nats for keeping a syllable outside the lexicon when a lexicon spelling exists.</param>
    /// <param name="ConfidenceFactor">A changed line's confidence is multiplied by this.</param>
    /// <param name="MaxCandidates">Lexicon spellings tried per syllable, most frequent first, besides the printed one.</param>
    public sealed record Costs(double DiacriticEdit = 4.0, double UnknownSyllable = 3.0, double ConfidenceFactor = 0.9, int MaxCandidates = 6);

    private readonly Costs _costs = costs ?? new Costs();

    public SyllableModel Model => model;

    private sealed record Slot(int Line, SyllableTokens.Piece Piece, List<(string Token, string? Surface, double Cost)> Options);

    public LineCorrection Correct(IReadOnlyList<Line> lines)
    {
        var changes = new List<(string Printed, string Corrected)>();
        var replacements = new Dictionary<(int Line, int Start), (int Length, string Text)>();
        var sentence = new List<Slot>();
        for (var i = 0; i < lines.Count; i++)
        {
            // A column change ends a sentence: the header's and the foot's sides are separate texts.
            if (i > 0 && lines[i].Column != lines[i - 1].Column) Flush();
            foreach (var piece in SyllableTokens.Pieces(lines[i].Text))
            {
                if (piece.Core.Length > 0) sentence.Add(new Slot(i, piece, Options(piece.Core)));
                if (piece.EndsSentence) Flush();
            }
        }
        Flush();

        void Flush()
        {
            if (sentence.Count > 0)
            {
                var best = Decode(sentence);
                for (var k = 0; k < sentence.Count; k++)
                {
                    var surface = sentence[k].Options[best[k]].Surface;
                    if (surface is null) continue;
                    var printed = sentence[k].Piece.Core;
                    var corrected = Syllable.RestoreCase(printed, surface);
                    replacements[(sentence[k].Line, sentence[k].Piece.Start)] = (sentence[k].Piece.Length, corrected);
                    changes.Add((printed, corrected));
                }
            }
            sentence.Clear();
        }

        var output = new List<Line>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var edits = replacements.Where(r => r.Key.Line == i).OrderByDescending(r => r.Key.Start).ToList();
            if (edits.Count == 0) { output.Add(lines[i]); continue; }
            var text = new StringBuilder(lines[i].Text);
            foreach (var ((_, start), (length, corrected)) in edits) text.Remove(start, length).Insert(start, corrected);
            output.Add(lines[i] with { Text = text.ToString(), Confidence = lines[i].Confidence * _costs.ConfidenceFactor });
        }
        return new LineCorrection(output, changes);
    }

    /// <summary>The printed syllable (surface null: keep it) and the lexicon spellings with the same base letters.</summary>
    private List<(string Token, string? Surface, double Cost)> Options(string core)
    {
        var token = SyllableTokens.Token(core);
        if (token is SyllableTokens.Number or SyllableTokens.Other) return [(token, null, 0)];
        var known = model.Knows(token);
        var options = new List<(string, string?, double)> { (known ? token : SyllableTokens.Other, null, known ? 0 : _costs.UnknownSyllable) };
        foreach (var (canonical, surface, _) in model.Candidates(Syllable.Base(core)).Take(_costs.MaxCandidates))
        {
            if (canonical == token) continue;
            options.Add((canonical, surface, _costs.DiacriticEdit * Syllable.DiacriticEdits(core, surface)));
        }
        return options;
    }

    /// <summary>Viterbi over (previous, current) option pairs: the trigram model's state.</summary>
    private int[] Decode(List<Slot> slots)
    {
        // state (option of slot k-1, option of slot k) → cost, back pointer (option of slot k-2)
        var start = SyllableTokens.Start;
        var layers = new List<Dictionary<(int, int), (double Cost, int Back)>>();
        var first = new Dictionary<(int, int), (double, int)>();
        for (var o = 0; o < slots[0].Options.Count; o++)
        {
            var opt = slots[0].Options[o];
            first[(-1, o)] = (opt.Cost - model.LogProbability(start, start, opt.Token), -1);
        }
        layers.Add(first);
        for (var k = 1; k < slots.Count; k++)
        {
            var next = new Dictionary<(int, int), (double Cost, int Back)>();
            foreach (var ((p2, p1), (cost, _)) in layers[^1])
            {
                var u = p2 < 0 ? start : slots[k - 2].Options[p2].Token;
                var v = slots[k - 1].Options[p1].Token;
                for (var o = 0; o < slots[k].Options.Count; o++)
                {
                    var opt = slots[k].Options[o];
                    var total = cost + opt.Cost - model.LogProbability(u, v, opt.Token);
                    if (!next.TryGetValue((p1, o), out var existing) || total < existing.Cost) next[(p1, o)] = (total, p2);
                }
            }
            layers.Add(next);
        }
        // End of sentence.
        var bestState = (-1, 0);
        var bestCost = double.MaxValue;
        foreach (var ((p2, p1), (cost, _)) in layers[^1])
        {
            var u = p2 < 0 ? start : slots[^2].Options[p2].Token;
            var total = cost - model.LogProbability(u, slots[^1].Options[p1].Token, SyllableTokens.End);
            if (total < bestCost) (bestCost, bestState) = (total, (p2, p1));
        }
        var choice = new int[slots.Count];
        var state = bestState;
        for (var k = slots.Count - 1; k >= 0; k--)
        {
            choice[k] = state.Item2;
            var back = layers[k][state].Back;
            state = (back, state.Item1);
        }
        return choice;
    }
}
