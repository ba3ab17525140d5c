using System.Text.RegularExpressions;
using Pipeline.Ocr.Imaging;
using Pipeline.Ocr.Native;
using Pipeline.Text;

namespace Pipeline.Ocr.Engine;

/// <summary>
/// A second reading of the day and month of the place-date line ("Hà Nội, ngày 25 tháng 6 năm 2026") when the
/// layout pass read a slot as something other than a number. Both are often filled in by hand, and the
/// Vietnamese models read a lone handwritten digit as a letter (HDLN-24's month `6` came out `Ệ`). Nghị định
/// 30/2020 prints only digits there, so the slot between the printed words is read again on its own, with a
/// white margin (without one Tesseract reads the tight crop's edge strokes) and digits only; the result is kept
/// only when it is a day 1–31 or a month 1–12. A page whose slots were read as numbers is never changed.
/// </summary>
internal static partial class DateSlotRereading
{
    private const int SingleLine = 7;
    private const string Digits = "0123456789";

    /// <summary>
    /// Digits read with less confidence are not trusted: a cursive handwritten "02" (QĐ-2336) comes out "04" at 61,
    /// where HDLN-24's "6" comes out at 82; a wrong day looks as authoritative as a right one, a missing one does not.
    /// </summary>
    private const float MinConfidence = 75;

    /// <summary>White margin around the cut-out slot, in line heights.</summary>
    private const double MarginFactor = 0.75;

    /// <summary>A slot to read again: the words read in it (maybe none), the pixels between its printed words, the range it must fall in.</summary>
    internal readonly record struct Slot(IReadOnlyList<OcrWord> Words, (int Left, int Top, int Width, int Height) Region, int Max, int Line);

    public static OcrPageResult Apply(OcrEngine engine, PreparedImage image, OcrPageResult raw)
    {
        foreach (var slot in FindSlots(raw))
        {
            if (ReadDigits(engine, image, slot) is not { } number) continue;
            var (left, top, width, height) = slot.Region;
            var word = new OcrWord(number.Text, left, top, left + width, top + height, number.Confidence, slot.Line);
            var kept = raw.Words.Where(w => !slot.Words.Contains(w)).ToList();
            // After the printed word before the slot, so the line's words stay in reading order.
            var before = kept.FindLastIndex(w => w.Line == slot.Line && w.Right <= left);
            kept.Insert(before + 1, word);
            raw = raw with { Words = kept };
        }
        return raw;
    }

    /// <summary>The day and month slots of the header's place-date line that do not hold a number in range.</summary>
    internal static IReadOnlyList<Slot> FindSlots(OcrPageResult raw)
    {
        var slots = new List<Slot>();
        foreach (var line in raw.Words.Where(w => w.Top < raw.Height * 0.45).GroupBy(w => w.Line))
        {
            var words = line.OrderBy(w => w.Left).ToList();
            var day = words.FindIndex(w => DayWord().IsMatch(VnText.Fold(w.Text)));
            var month = words.FindIndex(w => MonthWord().IsMatch(VnText.Fold(w.Text)));
            var year = words.FindIndex(w => YearWord().IsMatch(VnText.Fold(w.Text)));
            // The place-date proper, "Place, ngày …": not a date elsewhere in the header ("(Cấp lần đầu: Ngày 02 tháng 7 …)").
            if (day < 1 || month <= day || year <= month || !words[day - 1].Text.EndsWith(',')) continue;
            var height = words.Skip(day).Take(year - day + 1).Max(w => w.Bottom - w.Top);
            // "ngày25": the day glued to its printed word is a number read, and no pixels of its own to cut out.
            if (!DayWord().Match(VnText.Fold(words[day].Text)).Groups["digits"].Success)
                AddIfNotNumber(slots, words, day, month, 31, height, raw);
            AddIfNotNumber(slots, words, month, year, 12, height, raw);
        }
        return slots;
    }

    private static void AddIfNotNumber(List<Slot> slots, List<OcrWord> words, int before, int after, int max, int height, OcrPageResult raw)
    {
        var inside = words.Skip(before + 1).Take(after - before - 1).ToList();
        if (Number(string.Concat(inside.Select(w => w.Text)), max) is not null) return;
        int left = words[before].Right, right = words[after].Left;
        if (right - left < height / 2) return;
        var top = Math.Max(0, Math.Min(words[before].Top, words[after].Top) - height / 2);
        var bottom = Math.Min(raw.Height, Math.Max(words[before].Bottom, words[after].Bottom) + height / 2);
        slots.Add(new Slot(inside, (left, top, right - left, bottom - top), max, words[before].Line));
    }

    /// <summary>The slot cut out with a white margin and read as one line of digits; null unless it is a number in range.</summary>
    private static (string Text, float Confidence)? ReadDigits(OcrEngine engine, PreparedImage image, Slot slot)
    {
        var (left, top, width, height) = slot.Region;
        var box = Leptonica.BoxCreate(left, top, width, height);
        PixHandle? clip;
        try
        {
            clip = PixHandle.Take(Leptonica.PixClipRectangle(image.Pix, box, IntPtr.Zero));
        }
        finally
        {
            Leptonica.BoxDestroy(ref box);
        }
        if (clip is null) return null;
        using (clip)
        {
            var margin = (int)(MarginFactor * height);
            var white = image.Pix.Depth == 1 ? 0u : (1u << image.Pix.Depth) - 1;
            if (PixHandle.Take(Leptonica.PixAddBorder(clip, margin, white)) is not { } padded) return null;
            using var cut = new PreparedImage(padded, image.Dpi, image.TesseractDpi);
            var words = engine.RecognizeOnly(Digits, cut, SingleLine).Words;
            var text = string.Concat(words.Select(w => w.Text));
            if (words.Count == 0 || words.Min(w => w.Confidence) is var confidence && confidence < MinConfidence) return null;
            return Number(text, slot.Max) is { } n ? (n.ToString(System.Globalization.CultureInfo.InvariantCulture), confidence) : null;
        }
    }

    /// <summary>The text as a number 1..max (punctuation around it allowed: "25,"), or null.</summary>
    internal static int? Number(string text, int max) =>
        NumberText().Match(text) is { Success: true } m && int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var n && n >= 1 && n <= max ? n : null;

    [GeneratedRegex(@"^\W{0,2}(\d{1,2})\W{0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberText();

    // The printed words of the date, folded: ngày (maybe with the day glued on), tháng, năm.
    [GeneratedRegex(@"^ngay(?<digits>\d{1,2})?\W?$", RegexOptions.CultureInvariant)]
    private static partial Regex DayWord();

    [GeneratedRegex(@"^thang\W?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthWord();

    [GeneratedRegex(@"^nam\W?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearWord();
}
