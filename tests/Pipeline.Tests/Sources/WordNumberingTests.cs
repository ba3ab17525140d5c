using Pipeline.Sources;
using Pipeline.Sources.Word;
using static Pipeline.Tests.Sources.WordFixture;

namespace Pipeline.Tests.Sources;

public class WordNumberingTests
{
    private static List<string> Read(string body, string numbering, string? styles = null) =>
        new DocxReader().Read(Build(body, numbering, styles)).Lines.Select(l => l.Text).ToList();

    private static readonly string Outline = Abstract(1,
        Level(0, "upperRoman", "%1."),
        Level(1, "decimal", "%2."),
        Level(2, "lowerLetter", "%3)"),
        Level(3, "decimal", "%2.%4."));

    [Fact]
    public void Multilevel_labels_restart_under_a_new_parent()
    {
        var body = P("MỤC ĐÍCH", 1, 0) + P("Mục đích", 1, 1) + P("ý một", 1, 2) + P("ý hai", 1, 2)
                 + P("Yêu cầu", 1, 1) + P("chi tiết", 1, 3) + P("NỘI DUNG", 1, 0) + P("Thời gian", 1, 1) + P("ý", 1, 2);

        Assert.Equal(["I. MỤC ĐÍCH", "1. Mục đích", "a) ý một", "b) ý hai", "2. Yêu cầu", "2.1. chi tiết",
            "II. NỘI DUNG", "1. Thời gian", "a) ý"], Read(body, Outline + Num(1, 1)));
    }

    [Fact]
    public void Start_values_and_level_restart_zero_are_honoured()
    {
        var numbering = Abstract(1, Level(0, "decimal", "%1.", start: 3), Level(1, "lowerRoman", "(%2)", restart: 0)) + Num(1, 1);
        var body = P("ba", 1, 0) + P("i", 1, 1) + P("bốn", 1, 0) + P("ii continues", 1, 1);

        Assert.Equal(["3. ba", "(i) i", "4. bốn", "(ii) ii continues"], Read(body, numbering));
    }

    [Fact]
    public void Instances_share_the_abstract_list_unless_they_override_the_start()
    {
        var numbering = Abstract(1, Level(0, "decimal", "%1.")) + Num(1, 1) + Num(2, 1)
            + Num(3, 1, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");
        var body = P("a", 1) + P("b", 1) + P("c continues", 2) + P("d restarts", 3) + P("e", 3);

        Assert.Equal(["1. a", "2. b", "3. c continues", "1. d restarts", "2. e"], Read(body, numbering));
    }

    [Fact]
    public void Bullets_render_as_dash_or_plus()
    {
        var numbering = Abstract(1, Level(0, "bullet", "-"), Level(1, "bullet", "+"), Level(2, "bullet", "•"), Level(3, "bullet", "\uF0B7"), Level(4, "bullet", "–"))
            + Num(1, 1);
        var body = P("gạch", 1, 0) + P("cộng", 1, 1) + P("chấm", 1, 2) + P("symbol", 1, 3) + P("en dash", 1, 4);

        Assert.Equal(["- gạch", "+ cộng", "- chấm", "- symbol", "- en dash"], Read(body, numbering));
    }

    [Fact]
    public void Letters_and_romans_run_past_their_first_round()
    {
        var numbering = Abstract(1, Level(0, "upperLetter", "%1.", start: 26), Level(1, "upperRoman", "%2.", start: 9)) + Num(1, 1);
        var body = P("z", 1, 0) + P("aa", 1, 0) + P("nine", 1, 1) + P("ten", 1, 1);

        Assert.Equal(["Z. z", "AA. aa", "IX. nine", "X. ten"], Read(body, numbering));
    }

    [Fact]
    public void A_paragraph_style_can_carry_the_numbering()
    {
        var styles = "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
                   + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2Child\"><w:basedOn w:val=\"Heading2\"/></w:style>";
        var body = P("Kết quả", style: "Heading2") + P("Kiến nghị", style: "Heading2Child");

        var doc = new DocxReader().Read(Build(body, Outline + Num(1, 1), styles));

        Assert.Equal(["1. Kết quả", "2. Kiến nghị"], doc.Lines.Select(l => l.Text));
        Assert.All(doc.Lines, l => Assert.True(l.Bold));
    }

    [Fact]
    public void Soft_breaks_tabs_and_no_break_spaces_are_cleaned()
    {
        var body = "<w:p><w:r><w:t>UBND TỈNH LÀO CAI</w:t><w:br/><w:t>SỞ\u00A0CÔNG THƯƠNG</w:t></w:r></w:p>"
                 + "<w:p><w:r><w:t xml:space=\"preserve\">  Số:</w:t><w:tab/><w:t xml:space=\"preserve\">12 /TB-SCT  </w:t></w:r></w:p>"
                 + "<w:p/>"
                 + "<w:p><w:r><w:t>Tie\u0302\u0301p</w:t></w:r></w:p>";

        var lines = new DocxReader().Read(Build(body)).Lines.ToList();

        Assert.Equal(["UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG", "Số: 12 /TB-SCT", "", "Tiếp"], lines.Select(l => l.Text));
        Assert.True(lines[3].IsBlank);
    }

    [Fact]
    public void Page_breaks_open_pages_once_even_when_recorded_twice()
    {
        var body = P("trang một")
                 + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
                 + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>trang hai</w:t></w:r></w:p>"
                 + "<w:p><w:r><w:t>cuối trang hai</w:t><w:lastRenderedPageBreak/><w:t>đầu trang ba</w:t></w:r></w:p>";

        var doc = new DocxReader().Read(Build(body));

        Assert.Equal([1, 2, 3], doc.Pages.Select(p => p.Number));
        Assert.Equal(["trang hai", "cuối trang hai"], doc.Pages[1].Lines.Select(l => l.Text));
        Assert.Equal("đầu trang ba", doc.Pages[2].Lines.Single().Text);
    }

    [Fact]
    public void Footnote_marks_leave_the_body_and_notes_follow_it()
    {
        var body = "<w:p><w:r><w:t>Thông tư 64</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"2\"/></w:r><w:r><w:t xml:space=\"preserve\"> quy định.</w:t></w:r></w:p>";
        var notes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                  + "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Ban hành ngày 10/6/2025.</w:t></w:r></w:p></w:footnote>";

        var lines = new DocxReader().Read(Build(body, footnotesXml: notes)).Lines.Select(l => l.Text).ToList();

        Assert.Equal(["Thông tư 64 quy định.", "", "[1] Ban hành ngày 10/6/2025."], lines);
    }

    [Fact]
    public void A_data_table_in_the_middle_keeps_its_rows()
    {
        string Cell(string t) => $"<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>";
        string Row(params string[] cells) => $"<w:tr>{string.Concat(cells.Select(Cell))}</w:tr>";
        var layout = $"<w:tbl>{Row("UBND TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")}{Row("Số: 1/TB", "Hà Nội, ngày 1 tháng 1 năm 2026")}</w:tbl>";
        var data = $"<w:tbl>{Row("TT", "Đơn vị")}{Row("1", "Công ty A")}</w:tbl>";
        var foot = $"<w:tbl>{Row("Nơi nhận:", "GIÁM ĐỐC")}</w:tbl>";

        var lines = new DocxReader().Read(Build(layout + P("Nội dung") + data + P("Kết thúc") + foot)).Lines
            .Select(l => (l.Text, l.Column)).ToList();

        Assert.Equal(
        [
            ("UBND TỈNH", Column.Left), ("Số: 1/TB", Column.Left),
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Column.Right), ("Hà Nội, ngày 1 tháng 1 năm 2026", Column.Right),
            ("Nội dung", Column.Full), ("TT | Đơn vị", Column.Full), ("1 | Công ty A", Column.Full), ("Kết thúc", Column.Full),
            ("Nơi nhận:", Column.Left), ("GIÁM ĐỐC", Column.Right),
        ], lines);
    }
}
