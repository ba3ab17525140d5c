using System.Text.RegularExpressions;
using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Tasks;

/// <summary>
/// The closing formula: "Trên đây là …", "… để … biết, thực hiện./.", "… thi hành Quyết định này./.", "Đề nghị các đơn vị
/// nghiêm túc triển khai thực hiện.", a Party resolution's "… kêu gọi toàn Đảng, toàn dân, toàn quân …". Its words are
/// data (closing-formula.tsv); "… quy định tại Điều 10 Quyết định này." only cites a part of the document and is not one.
/// </summary>
public sealed class ClosingFormula
{
    private readonly Regex _closing;
    private readonly Regex _endingWords;
    private readonly Regex _bareRequest;
    private readonly Regex _consideration;
    private readonly Regex _exhortation;
    private readonly Regex _reprise;

    public ClosingFormula(Vocab vocab)
    {
        var groups = vocab.ClosingFormula;
        string Words(string group) => groups[group].Alternation;
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
        _closing = new($@"^{Words("opening")}|(?<!\b{Words("citation")}\s+([0-9a-z]+\s+)?){Words("document")} nay\s*[./]*$", options);
        _endingWords = new($@"\b{Words("ending")}\b", options);
        // One sentence, no clause of its own (no ":" or ";"), that asks the addressees only to carry the document out; the
        // issuing body may name itself first ("Sở Nông nghiệp và Môi trường tỉnh Lào Cai yêu cầu các đơn vị, …").
        _bareRequest = new($@"^(?:[^.:;,]{{1,80}}\s)?{Words("request")}\b(?:(?!\b{Words("own")}\b)[^.:;]){{0,150}}\b{Words("carry")}\s*[./]*$", options);
        // One sentence that asks the body it names (no list: no comma before the verb) only to consider the letter:
        // "… trân trọng đề nghị Bộ Xây dựng quan tâm, sớm xem xét, chỉ đạo giải quyết./.".
        _consideration = new($@"^[^.:;]{{0,150}}\b{Words("request")} [^.:;,]{{1,80}}? {Words("consider")}\s*[./]*$", options);
        // The issuing body's call to everyone, in its first sentence: "Ban Chấp hành Trung ương Đảng kêu gọi toàn Đảng, …".
        _exhortation = new($@"^[^.:;]{{0,80}}\b{Words("exhortation")}\b", options);
        // The letter's own directions as the basis, then the bare request: "Căn cứ ý kiến chỉ đạo trên, Sở Công Thương và
        // các đơn vị liên quan triển khai thực hiện./.".
        _reprise = new($@"^{Words("reprise")},\s*(?:{Words("request")}\s+)?(?:(?!\b{Words("own")}\b)[^.:;]){{0,150}}\b{Words("carry")}\s*[./]*$", options);
    }

    public bool Matches(string text)
    {
        var folded = VnText.Fold(text);
        return _closing.IsMatch(folded) || _bareRequest.IsMatch(folded.Trim()) || _consideration.IsMatch(folded.Trim()) || _exhortation.IsMatch(folded.Trim())
            || _reprise.IsMatch(folded.Trim())
            || text.TrimEnd().EndsWith("./.", StringComparison.Ordinal) && _endingWords.IsMatch(folded);
    }
}
