using System.Text.RegularExpressions;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Rules;

/// <summary>
/// A converter that keeps "&amp;nbsp;" writes a no-break space after an item's label ("1.\u00A0Trách nhiệm …",
/// "-\u00A0Lãnh đạo …"): the label is the same label, so the items are the same tasks. The whole of
/// corpus/text/13_CV-5973-UBND-KT_LaoCai_khoangsan.txt (dev, pdftotext -layout) so written, as
/// `python3 scripts/twins.py OUT crlfnbsp` writes it: before every reader made these spaces plain (Text/Spaces), the
/// laid-out page was cut at the plain spaces only, and 23 tasks came out instead of 38, none of them under "1.".
/// </summary>
public class NoBreakSpaceTests
{
    private static readonly string Letter =
        File.ReadAllText(Repo.Path("corpus", "text", "13_CV-5973-UBND-KT_LaoCai_khoangsan.txt"));

    private static string WithNoBreakAfterLabels(string text) =>
        Regex.Replace(text, @"^(\s*)(Số:|\d+(?:\.\d+)*\.|[a-zđ]\)|-)( )", m => m.Groups[1].Value + m.Groups[2].Value + "\u00A0",
            RegexOptions.Multiline).Replace("\n", "\r\n");

    [Fact]
    public void Items_whose_label_a_no_break_space_follows_are_the_same_tasks()
    {
        var plain = Extract.Text(Letter, "CV-5973.txt").Tasks.Select(t => t.Ordinal).ToList();
        var noBreak = Extract.Text(WithNoBreakAfterLabels(Letter), "CV-5973.txt").Tasks.Select(t => t.Ordinal).ToList();

        Assert.Contains("1.1", plain);
        Assert.Equal(plain, noBreak);
    }

    [Fact]
    public void The_header_and_addressees_after_no_break_labels_are_read()
    {
        var record = Extract.Text(WithNoBreakAfterLabels(Letter), "CV-5973.txt").Document;
        Assert.Equal("5973/UBND-KT", record.Reference);
        Assert.Equal("2026-06-11", record.IssuedDate);
        Assert.Contains("Công an tỉnh", record.Addressees);
    }

    [Fact]
    public void No_break_spaces_become_plain_ones_and_nothing_else_changes() =>
        Assert.Equal("Số:  5973 /UBND-KT", Pipeline.Text.Spaces.Plain("Số:\u00A0\u202F5973\u2007/UBND-KT"));
}
