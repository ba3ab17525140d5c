using Pipeline.Roles;
using Pipeline.Sources;
using Pipeline.Text;

namespace Pipeline.Ml.Features;

/// <summary>
/// The dense features of one line on its own: size, casing and digit ratios, item label, final punctuation,
/// geometry when the source has it, and which fixed-form recogniser (Số, ngày … tháng … năm, Nơi nhận …)
/// it matches. The recognisers are tolerant of OCR damage, so they stay useful on noisy text.
/// </summary>
public sealed class LineShape(LineRecognizer recognizer)
{
    public const int Count = 36;

    public float[] Of(Line line)
    {
        var f = new float[Count];
        var text = line.Text;
        if (line.IsBlank) { f[21] = 1; return f; }
        var letters = text.Count(char.IsLetter);
        var label = ItemLabel.Parse(text)?.Label;
        f[0] = Math.Min(1.5f, text.Length / 100f);
        f[1] = MathF.Log(1 + text.Length) / 6f;
        f[2] = (float)VnText.UpperShare(text);
        f[3] = text.Count(char.IsDigit) / (float)text.Length;
        f[4] = letters / (float)text.Length;
        f[5] = label is null ? 0 : 1;
        f[6] = label?.Kind is LabelKind.Roman or LabelKind.Article ? 1 : 0;
        f[7] = label?.Kind == LabelKind.Decimal ? 1 : 0;
        f[8] = label?.Kind == LabelKind.Letter ? 1 : 0;
        f[9] = label?.Kind == LabelKind.Bullet ? 1 : 0;
        var end = text.TrimEnd('*', ' ', '"', '”');
        f[10] = end.EndsWith('.') ? 1 : 0;
        f[11] = end.EndsWith(':') ? 1 : 0;
        f[12] = end.EndsWith(';') || end.EndsWith(',') ? 1 : 0;
        f[13] = line.Bold ? 1 : 0;
        f[14] = Math.Min(1f, line.Indent / 20f);
        if (line.Box is { } b)
        {
            f[15] = 1;
            f[16] = (float)b.X;
            f[17] = (float)b.Width;
            f[18] = Math.Abs(b.CenterX - 0.5) < 0.08 && b.Width < 0.8 ? 1 : 0;
        }
        f[19] = line.Column == Column.Left ? 1 : 0;
        f[20] = line.Column == Column.Right ? 1 : 0;
        f[22] = LinePatterns.IsReference(text) ? 1 : 0;
        f[23] = LinePatterns.IsPlaceDate(text) ? 1 : 0;
        f[24] = LinePatterns.IsMotto(text) ? 1 : 0;
        f[25] = recognizer.DocTypeWord(text) is not null ? 1 : 0;
        f[26] = LinePatterns.IsRecipientsHeader(text) ? 1 : 0;
        f[27] = LinePatterns.IsAddresseeHeader(text) ? 1 : 0;
        f[28] = LinePatterns.IsArchive(text) ? 1 : 0;
        f[29] = LinePatterns.IsSubjectLine(text) ? 1 : 0;
        f[30] = recognizer.SignerPrefix(text) is not null ? 1 : 0;
        f[31] = recognizer.IsSignatureNoise(text) ? 1 : 0;
        f[32] = PersonNames.LooksLikeName(text) ? 1 : 0;
        f[33] = LinePatterns.IsDecoration(text) ? 1 : 0;
        f[34] = VnText.StartsLower(text) ? 1 : 0;
        f[35] = (float)(line.Confidence ?? 1.0);
        return f;
    }
}
