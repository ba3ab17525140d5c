using Pipeline.Text;
using Pipeline.Vocabulary;

namespace Pipeline.Fields;

/// <summary>The field stage's readers in their order: each may use what the ones before it read (the issuer the reference and place).</summary>
public static class FieldReaders
{
    public static IReadOnlyList<IFieldReader> Defaults(Vocab vocab, TimeProvider clock)
    {
        var naturalCase = new NaturalCase(vocab);
        return
        [
            new ReferenceReader(),
            new PlaceDateReader(clock),
            new DocTypeResolver(vocab),
            new IssuerReader(vocab, naturalCase),
            new TitleReader(),
            new SignerReader(naturalCase),
            new RecipientsReader(),
            new AddresseesReader(),
        ];
    }
}
