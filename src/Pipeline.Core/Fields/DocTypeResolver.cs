using Pipeline.Roles;

namespace Pipeline.Fields;

/// <summary>
/// The document type: from the type word when printed; from the reference symbol when the word is lost
/// (OCR); a letter with a V/v line and no type word is a công văn.
/// </summary>
public sealed class DocTypeResolver(Vocabulary.Vocab vocab)
{
    public DocumentType? Resolve(RoledDocument doc, DocumentReference? reference, List<string> warnings)
    {
        if (doc.First(LineRole.DocType) is { } typeLine && typeLine.DocType is { } word)
        {
            // The symbol is printed to carry the type; when a damaged scan yields another type word, the symbol wins.
            if (reference?.TypeCode is { } symbolCode && vocab.SymbolTypes.TryGetValue(symbolCode, out var symbolType)
                && symbolType != word.Type.Code && vocab.DocType(symbolType) is { } bySymbol)
            {
                warnings.Add($"type word '{typeLine.Text}' disagrees with the reference symbol '{reference.Symbol}'; the symbol's type is used");
                return new DocumentType(bySymbol.Code, bySymbol.Name);
            }
            return new DocumentType(word.Type.Code, word.Type.Name);
        }

        var hasSubject = doc.WithRole(LineRole.Title).Any(l => LinePatterns.IsSubjectLine(l.Text));
        if (reference?.TypeCode is { } code && vocab.SymbolTypes.TryGetValue(code, out var mapped) && vocab.DocType(mapped) is { } fromSymbol && !hasSubject)
        {
            warnings.Add($"document type taken from the reference symbol '{reference.Symbol}': no type word found");
            return new DocumentType(fromSymbol.Code, fromSymbol.Name);
        }
        if (hasSubject || reference is not null && reference.TypeCode is null)
        {
            var cv = vocab.DocType("CV")!;
            return new DocumentType(cv.Code, cv.Name);
        }
        return null;
    }
}
