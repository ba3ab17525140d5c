using System.Text.RegularExpressions;
using Pipeline.Ocr.Engine;
using Pipeline.Sources;
using Pipeline.Sources.Layout;
using Pipeline.Text;

namespace Pipeline.Ocr.Layout;

/// <summary>
/// Reading order for the layout Nghị định 30/2020/NĐ-CP fixes for state documents (and Hướng dẫn 36-HD/VPTW for
/// Party ones): a two-column header (issuer | motto), a number row (Số, then V/v lines | place and date), a body,
/// and a two-column foot (Nơi nhận | signature). Tesseract's text lines are split at wide gaps into segments;
/// then the page is read as
/// <list type="number">
/// <item>header above the number row: left column, then right column;</item>
/// <item>number block: Số and the V/v lines, then the place-date;</item>
/// <item>body: rows top to bottom, a two-column block left side first (Core's <see cref="ReadingOrder"/>);</item>
/// <item>foot from "Nơi nhận" down (with right-column lines starting up to 1.5 line heights above it): the
/// recipient column, fragments of one row joined, then the signature column.</item>
/// </list>
/// A page without a number row or a Nơi nhận label (a continuation page) is read as a body.
/// </summary>
internal static partial class AdministrativeLayout
{
    /// <summary>Segments split where the gap between words exceeds this many word heights.</summary>
    private const double GapFactor = 2.0;

    /// <summary>In the header, columns sit closer together (a long motto beside a long issuer).</summary>
    private const double HeaderGapFactor = 1.2;

    /// <summary>How far above "Nơi nhận" the signature column may start, in line heights.</summary>
    private const double SignatureLead = 1.5;

    public static IReadOnlyList<Line> Arrange(IReadOnlyList<OcrWord> words, int width, int height, int pageNumber, NoiseFilter noise)
    {
        if (words.Count == 0) return [];
        var tesseractLines = words.GroupBy(w => w.Line).Select(g => g.OrderBy(w => w.Left).ToList()).ToList();
        var numberRowBottom = NumberRowBottom(tesseractLines, width, height);
        var segments = tesseractLines
            .SelectMany(line => LineAssembler.Assemble(line.Select(w => WordBoxes.Positioned(w, width, height)), pageNumber,
                numberRowBottom is { } bottom && line.Min(w => w.Top) <= bottom ? HeaderGapFactor : GapFactor))
            .Where(noise.KeepLine)
            .Where(l => l.Box is not null)
            .ToList();
        if (segments.Count == 0) return [];
        return Order(segments);
    }

    /// <summary>Orders segments (normalised boxes) of one page.</summary>
    public static IReadOnlyList<Line> Order(IReadOnlyList<Line> segments)
    {
        var frame = new Frame(segments);
        var lineHeight = Median(segments.Select(l => l.Box!.Value.Height));
        var output = new List<Line>();

        var rest = segments.OrderBy(l => l.Box!.Value.Y).ThenBy(l => l.Box!.Value.X).ToList();
        var cut = rest.FirstOrDefault(l => l.Box!.Value.Y < 0.45 && IsNumberOrPlaceDate(l, frame));
        if (cut is not null)
        {
            var cutBox = cut.Box!.Value;
            var header = rest.Where(l => l.Box!.Value.CenterY < cutBox.Y && l.Box!.Value.VerticalOverlap(cutBox) <= 0.5).ToList();
            output.AddRange(LeftThenRight(header, frame));
            rest = rest.Except(header).ToList();
            var numberBlock = NumberBlock(rest, frame, cut);
            output.AddRange(LeftThenRight(numberBlock, frame));
            rest = rest.Except(numberBlock).ToList();
        }

        var recipients = rest.FirstOrDefault(l => Pipeline.Roles.LinePatterns.IsRecipientsHeader(l.Text) && !frame.IsRight(l));
        var foot = new List<Line>();
        if (recipients is not null)
        {
            var top = recipients.Box!.Value.Y;
            foot = rest.Where(l => l.Box!.Value.Y >= top - lineHeight * 0.3
                                   || (l.Box!.Value.Y >= top - lineHeight * SignatureLead && frame.IsRightColumn(l))).ToList();
            rest = rest.Except(foot).ToList();
        }

        output.AddRange(ReadingOrder.Arrange(rest));
        if (foot.Count > 0)
        {
            var left = foot.Where(l => !frame.IsRightColumn(l)).ToList();
            var right = foot.Where(frame.IsRightColumn).ToList();
            output.AddRange(JoinRows(left).Select(l => l with { Column = Column.Left }));
            output.AddRange(right.OrderBy(l => l.Box!.Value.Y).ThenBy(l => l.Box!.Value.X).Select(l => l with { Column = Column.Right }));
        }
        return output;
    }

    /// <summary>The cut row, and below it the narrow left/right rows up to the first centred or full-width line.</summary>
    private static List<Line> NumberBlock(List<Line> rest, Frame frame, Line cut)
    {
        var block = new List<Line>();
        foreach (var row in Rows(rest))
        {
            var isCutRow = row.Any(l => l.Box!.Value.VerticalOverlap(cut.Box!.Value) > 0.5) || row.Any(l => ReferenceEquals(l, cut));
            if (!isCutRow && !row.All(l => frame.IsLeft(l) || frame.IsRight(l))) break;
            if (!isCutRow && block.Count == 0) break;
            block.AddRange(row);
        }
        return block;
    }

    /// <summary>
    /// The left column, then the right, each top to bottom; fragments of one row of one side are one line
    /// (a blank left for the number or the day: "Lào Cai, ngày 21 | tháng 7 | năm 2026").
    /// </summary>
    private static IEnumerable<Line> LeftThenRight(List<Line> lines, Frame frame)
    {
        var left = JoinRows([.. lines.Where(l => l.Box!.Value.CenterX < frame.Middle)]);
        var right = JoinRows([.. lines.Where(l => l.Box!.Value.CenterX >= frame.Middle)]);
        return left.Select(l => l with { Column = Column.Left }).Concat(right.Select(l => l with { Column = Column.Right }));
    }

    /// <summary>Segments of one row joined into one line (a recipient entry broken by a wide gap).</summary>
    private static IEnumerable<Line> JoinRows(List<Line> lines) =>
        Rows(lines).Select(row => row.Count == 1 ? row[0] : row[0] with
        {
            Text = string.Join(' ', row.Select(l => l.Text)),
            Box = row.Select(l => l.Box!.Value).Aggregate(Box.Union),
            Confidence = row.All(l => l.Confidence.HasValue) ? row.Average(l => l.Confidence!.Value) : row[0].Confidence,
        });

    private static List<List<Line>> Rows(IEnumerable<Line> lines)
    {
        var rows = new List<List<Line>>();
        foreach (var line in lines.OrderBy(l => l.Box!.Value.Y).ThenBy(l => l.Box!.Value.X))
        {
            var row = rows.LastOrDefault(r => r.Any(o => o.Box!.Value.VerticalOverlap(line.Box!.Value) > 0.5));
            if (row is null) rows.Add(row = []);
            row.Add(line);
        }
        foreach (var row in rows) row.Sort((a, b) => a.Box!.Value.X.CompareTo(b.Box!.Value.X));
        return rows;
    }

    private static bool IsNumberOrPlaceDate(Line line, Frame frame)
    {
        var folded = VnText.Fold(line.Text);
        if (NumberLabel().IsMatch(line.Text) && line.Box!.Value.CenterX < frame.Middle) return true;
        return PlaceDate().IsMatch(folded) && line.Box!.Value.CenterX > frame.Middle;
    }

    /// <summary>Bottom (pixels) of the first Tesseract line holding the number label or the place-date, in the page's top 45 %.</summary>
    private static int? NumberRowBottom(List<List<OcrWord>> lines, int width, int height)
    {
        foreach (var line in lines.OrderBy(l => l.Min(w => w.Top)))
        {
            if (line.Min(w => w.Top) > height * 0.45) break;
            var text = string.Join(' ', line.Select(w => w.Text));
            if (NumberLabel().IsMatch(text) || PlaceDate().IsMatch(VnText.Fold(text))) return line.Max(w => w.Bottom);
        }
        return null;
    }

    private static double Median(IEnumerable<double> values)
    {
        var list = values.Order().ToList();
        return list.Count == 0 ? 0 : list[list.Count / 2];
    }

    /// <summary>The text frame: left and right edge of all segments, and the column tests relative to it.</summary>
    private sealed class Frame
    {
        public Frame(IReadOnlyList<Line> lines)
        {
            Left = lines.Min(l => l.Box!.Value.X);
            var right = lines.Max(l => l.Box!.Value.Right);
            Width = Math.Max(right - Left, 1e-6);
            Middle = Left + Width / 2;
        }

        public double Left { get; }
        public double Width { get; }
        public double Middle { get; }

        private bool IsNarrow(Line l) => l.Box!.Value.Width / Width < 0.62;

        public bool IsLeft(Line l) => IsNarrow(l) && l.Box!.Value.CenterX < Middle - Width * 0.04 && l.Box!.Value.Right < Middle + Width * 0.12
                                      && (l.Box!.Value.X < Left + Width * 0.22 || l.Box!.Value.CenterX < Middle - Width * 0.15);

        public bool IsRight(Line l) => IsNarrow(l) && l.Box!.Value.CenterX > Middle + Width * 0.04 && l.Box!.Value.X > Middle - Width * 0.12;

        /// <summary>The signature column: starts right of the middle's left margin.</summary>
        public bool IsRightColumn(Line l) => l.Box!.Value.X > Middle - Width * 0.12 && l.Box!.Value.CenterX > Middle;
    }

    // "Số:" (number label), read "S6", "Só", "Sô" as HeaderCorrections knows, before a colon, digits or a slash
    // (the number itself is often handwritten and misread).
    // Tesseract sometimes reads the label in lower case ("số:" on KH-173).
    [GeneratedRegex("^" + Pipeline.Roles.LinePatterns.NumberWord + @"\s*([,.:;]|\s*(\d|/|$))", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLabel();

    // "…, ngày … tháng …" folded (no marks), or a segment ending at "ngày" where the day is left blank ("Hà Nội, ngày").
    [GeneratedRegex(@"ngay.{0,12}thang|, ngay\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDate();
}
