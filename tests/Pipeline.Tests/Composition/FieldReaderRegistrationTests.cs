using Pipeline.Extraction;
using Pipeline.Fields;
using Pipeline.Roles;
using Pipeline.Sources;
using Pipeline.Tests.Support;
using Pipeline.Vocabulary;

namespace Pipeline.Tests.Composition;

/// <summary>
/// Adding a field reader is registering one class: it runs after the default readers, sees what they read, and its
/// result reaches the record. The example is the one the README's architecture section shows.
/// </summary>
public class FieldReaderRegistrationTests
{
    /// <summary>A profile whose notices print no place-date: the place is the province the issuer names.</summary>
    private sealed class PlaceFromIssuer(Vocab vocab) : IFieldReader
    {
        public DocumentFields Read(RoledDocument doc, DocumentFields fields, ICollection<string> warnings)
        {
            if (fields.Place is not null || fields.Issuer is null) return fields;
            var province = vocab.Provinces.FirstOrDefault(p => fields.Issuer.EndsWith(" " + p, StringComparison.Ordinal));
            if (province is null) return fields;
            warnings.Add($"place taken from the issuer: {province}");
            return fields with { Place = province };
        }
    }

    // The header of a provincial notice (TB-1894's province, Lào Cai) whose place-date line was left off.
    private static readonly SourceFile Undated = new("undated.txt", System.Text.Encoding.UTF8.GetBytes(
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 12/TB-UBND\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc\n\n1. Giao Sở Công Thương chủ trì kiểm tra.\n"));

    [Fact]
    public void A_registered_reader_sees_the_fields_read_before_it_and_sets_its_own()
    {
        var plain = new ExtractionPipelineBuilder().UseTypedReaders().Build().Extract(Undated);
        Assert.Equal("Ủy ban nhân dân tỉnh Lào Cai", plain.Document.Issuer);
        Assert.Null(plain.Document.Place);

        var extractor = new ExtractionPipelineBuilder().UseTypedReaders().AddFieldReader(v => new PlaceFromIssuer(v)).Build();
        var record = extractor.Extract(Undated);
        Assert.Equal("Lào Cai", record.Document.Place);
        Assert.Contains("place taken from the issuer: Lào Cai", record.Warnings);
        Assert.Equal(plain.Document.Issuer, record.Document.Issuer);
    }

    [Fact]
    public void The_readme_shows_this_registration()
    {
        var readme = File.ReadAllText(Repo.Path("README.md"));
        Assert.Contains("sealed class PlaceFromIssuer(Vocab vocab) : IFieldReader", readme, StringComparison.Ordinal);
        Assert.Contains("public DocumentFields Read(RoledDocument doc, DocumentFields f, ICollection<string> warnings)", readme, StringComparison.Ordinal);
        Assert.Contains(".AddFieldReader(v => new PlaceFromIssuer(v)).Build();", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variant_built_from_an_extractor_keeps_its_registered_readers()
    {
        var extractor = new ExtractionPipelineBuilder().UseTypedReaders().AddFieldReader(v => new PlaceFromIssuer(v)).Build();
        var variant = extractor.ToBuilder().UseClock(new FixedClock()).Build();
        Assert.Equal("Lào Cai", variant.Extract(Undated).Document.Place);
    }

    [Fact]
    public void The_default_readers_run_in_the_order_later_ones_depend_on()
    {
        var readers = FieldReaders.Defaults(Extract.Vocab, TimeProvider.System).Select(r => r.GetType()).ToList();
        // The issuer derived from a reference and place needs both read first; the type needs the reference.
        Assert.True(readers.IndexOf(typeof(ReferenceReader)) < readers.IndexOf(typeof(DocTypeResolver)));
        Assert.True(readers.IndexOf(typeof(PlaceDateReader)) < readers.IndexOf(typeof(IssuerReader)));
        Assert.True(readers.IndexOf(typeof(ReferenceReader)) < readers.IndexOf(typeof(IssuerReader)));
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }
}
