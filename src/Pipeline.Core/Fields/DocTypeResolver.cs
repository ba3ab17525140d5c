using Pipeline.Roles;
using Pipeline.Values;

namespace Pipeline.Fields;

/// <summary>
/// The document type: from the type word when printed; from the reference symbol when the word is lost
/// (OCR); a letter with a V/v line and no type word is a công văn.
/// </summary>
public sealed class DocTypeResolver(Vocabulary.Vocab vocab) : IFieldReader
{
    public DocumentFields Read(RoledDocument doc, DocumentFields fields, ICollection<string> warnings)
    {
        var type = Resolve(doc, fields.Reference, warnings);
        if (type is null) warnings.Add("document type not found");
        return fields with { Type = type };
    }

    public DocumentType? Resolve(RoledDocument doc, DocumentReference? reference, ICollection<string> warnings)
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

        var hasSubject = doc.WithRole(LineRole.Title).Any(l => l.Content is not null);
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
