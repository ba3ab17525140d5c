using System.Collections.Immutable;
using Pipeline.Lines;
using Pipeline.Roles;
using Pipeline.Sources;

namespace Pipeline.Ml.Noise;

/// <summary>
/// Noised copies of documents, seeded per document (the seed mixes the run seed with the document's stem, so a
/// copy does not change when other documents are added).
/// </summary>
public static class NoisyDocuments
{
    public static int SeedFor(string stem, int seed) => (int)(Features.FeatureVector.Fnv(stem) ^ (uint)seed * 2654435761u) & int.MaxValue;

    /// <summary>
    /// A labelled copy for training: letters damaged, long lines broken in two. The second half of a broken
    /// labelled item is a continuation (Body); any other role carries over to both halves.
    /// </summary>
    public static (ImmutableArray<Line> Lines, ImmutableArray<LineRole> Roles) Labelled(
        IReadOnlyList<Line> lines, IReadOnlyList<LineRole> roles, NoiseSettings settings, Random rng)
    {
        var outLines = ImmutableArray.CreateBuilder<Line>();
        var outRoles = ImmutableArray.CreateBuilder<LineRole>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i] with { Text = OcrNoise.Damage(lines[i].Text, rng, settings.LetterRate) };
            if (Break(line, settings, rng) is { } halves)
            {
                outLines.Add(halves.First);
                outRoles.Add(roles[i]);
                outLines.Add(halves.Second);
                outRoles.Add(roles[i] is LineRole.ListItem or LineRole.SectionHeading ? LineRole.Body : roles[i]);
                continue;
            }
            outLines.Add(line);
            outRoles.Add(roles[i]);
        }
        return (outLines.ToImmutable(), outRoles.ToImmutable());
    }

    /// <summary>
    /// A copy of a source as a poor reader would give it: letters damaged, long lines broken, and a left line
    /// followed by a right line (issuer | motto, Số | date) merged into one full-width line.
    /// </summary>
    public static SourceDocument Source(SourceDocument source, NoiseSettings settings, int seed)
    {
        var rng = new Random(SeedFor(source.File.Stem, seed));
        var pages = source.Pages.Select(page =>
        {
            var lines = new List<Line>();
            for (var i = 0; i < page.Lines.Length; i++)
            {
                var line = page.Lines[i];
                if (line.Column == Column.Left && i + 1 < page.Lines.Length && page.Lines[i + 1].Column == Column.Right && rng.NextDouble() < settings.MergeRate)
                {
                    var right = page.Lines[i + 1];
                    line = line with { Text = line.Text + "      " + right.Text, Column = Column.Full, Box = line.Box is { } a && right.Box is { } b ? Box.Union(a, b) : line.Box };
                    i++;
                }
                line = line with { Text = OcrNoise.Damage(line.Text, rng, settings.LetterRate) };
                if (Break(line, settings, rng) is { } halves) { lines.Add(halves.First); lines.Add(halves.Second); }
                else lines.Add(line);
            }
            return page with { Lines = lines.ToImmutableArray() };
        }).ToImmutableArray();
        return source with { Pages = pages };
    }

    private static (Line First, Line Second)? Break(Line line, NoiseSettings settings, Random rng)
    {
        if (line.Text.Length < 50 || rng.NextDouble() >= settings.BreakRate) return null;
        var middle = line.Text.Length / 2;
        var space = line.Text.IndexOf(' ', middle);
        if (space < 0) return null;
        var first = line with { Text = line.Text[..space].TrimEnd() };
        var second = line with { Text = line.Text[(space + 1)..].TrimStart(), Indent = 0 };
        if (line.Box is { } b)
        {
            var share = space / (double)line.Text.Length;
            first = first with { Box = b with { Width = b.Width * share } };
            second = second with { Box = b with { Y = b.Y + b.Height, Width = b.Width * (1 - share) } };
        }
        return (first, second);
    }
}
