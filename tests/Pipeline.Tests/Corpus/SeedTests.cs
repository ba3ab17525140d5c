using Pipeline.Evaluation;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Corpus;

/// <summary>The five seed notices give their hand-written expected records, field for field.</summary>
public class SeedTests
{
    public static TheoryData<string> Seeds => new()
    {
        "000_8eb51ea822ccb723", "001_bb430d707b21ecbe", "002_b6e14e4fcfdc04cd", "003_3d958af6174669dc", "004_2f2804abc48cfa00",
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Document_fields_equal_the_expected_record(string stem)
    {
        var expected = Extract.Expected(stem).Document;
        var actual = Extract.File("seeds", stem + ".txt").Document;

        Assert.Equal(expected.Type?.Code, actual.Type?.Code);
        AssertSame(expected.Number, actual.Number, "number");
        AssertSame(expected.Symbol, actual.Symbol, "symbol");
        AssertSame(expected.Reference, actual.Reference, "reference");
        AssertSame(expected.Issuer, actual.Issuer, "issuer");
        AssertSame(expected.Place, actual.Place, "place");
        AssertSame(expected.IssuedDate, actual.IssuedDate, "issuedDate");
        AssertSame(expected.Title, actual.Title, "title");
        AssertSame(expected.Signer?.Name, actual.Signer?.Name, "signer.name");
        AssertSame(expected.Signer?.Position, actual.Signer?.Position, "signer.position");
        AssertSame(expected.Signer?.Authority, actual.Signer?.Authority, "signer.authority");
        AssertSame(expected.Archive, actual.Archive, "archive");
        Assert.Equal(expected.Recipients.Select(r => (r.Name, r.Note)), actual.Recipients.Select(r => (r.Name, r.Note)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tasks_are_the_expected_items_with_their_ordinals_and_deadlines(string stem)
    {
        var expected = Extract.Expected(stem).Tasks;
        var actual = Extract.File("seeds", stem + ".txt").Tasks;

        var missing = expected.Where(e => !actual.Any(a => Similarity.Ratio(e.Text, a.Text) > 0.9)).Select(e => e.Ordinal).ToList();
        var extra = actual.Where(a => !expected.Any(e => Similarity.Ratio(e.Text, a.Text) > 0.9)).Select(a => a.Ordinal).ToList();
        Assert.True(missing.Count <= expected.Count / 20, $"{stem}: tasks missed: {string.Join(", ", missing)}");
        Assert.True(extra.Count <= expected.Count / 20, $"{stem}: extra tasks: {string.Join(", ", extra)}");
        foreach (var e in expected)
        {
            var a = actual.FirstOrDefault(a => Similarity.Ratio(e.Text, a.Text) > 0.9);
            if (a is null) continue;
            Assert.Equal(e.Ordinal, a.Ordinal);
            Assert.Equal(e.Kind, a.Kind);
        }
    }

    private static void AssertSame(string? expected, string? actual, string field) =>
        Assert.True(Similarity.Strict(expected, actual), $"{field}: expected '{expected}', got '{actual}'");
}
