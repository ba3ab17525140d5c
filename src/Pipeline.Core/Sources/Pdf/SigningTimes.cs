using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Pipeline.Sources.Pdf;

/// <summary>
/// When a PDF was digitally signed (chữ ký số): the /M entry of every signature dictionary the form's signature
/// fields hold. Vietnamese offices sign the issued file (the leader, then the văn thư with the body's certificate
/// when the number is given), so these times say on which day the notice was issued even where the printed day
/// is handwritten or stamped and OCR cannot read it.
/// </summary>
public static partial class SigningTimes
{
    /// <summary>Every signing time the document's signature fields declare, in the order the form lists them.</summary>
    public static ImmutableArray<DateTimeOffset> Read(PdfDocument document)
    {
        try
        {
            if (!document.TryGetForm(out var form)) return [];
            var scanner = document.Structure.TokenScanner;
            var times = ImmutableArray.CreateBuilder<DateTimeOffset>();
            foreach (var field in form.Fields)
            {
                if (field.FieldType != UglyToad.PdfPig.AcroForms.Fields.AcroFieldType.Signature) continue;
                if (!field.Dictionary.TryGet(NameToken.V, scanner, out DictionaryToken? signature)) continue;
                if (!signature.TryGet(NameToken.M, scanner, out StringToken? stamp)) continue;
                if (Parse(stamp.Data) is { } time) times.Add(time);
            }
            return times.ToImmutable();
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A damaged form never costs the document its text: the signing time is only a help for the date.
            return [];
        }
    }

    // PDF date (ISO 32000-1, 7.9.4): D:YYYYMMDDHHmmSSOHH'mm', every part after the year optional.
    [GeneratedRegex(@"^(D:)?(?<y>\d{4})(?<mo>\d{2})?(?<d>\d{2})?(?<h>\d{2})?(?<mi>\d{2})?(?<s>\d{2})?(?<z>Z|[+-]\d{2}('?\d{2}'?)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex PdfDate();

    /// <summary>A PDF date string as an instant with its signer's offset; null when it is not one.</summary>
    public static DateTimeOffset? Parse(string text)
    {
        var m = PdfDate().Match(text.Trim());
        if (!m.Success || !m.Groups["d"].Success) return null;
        int Part(string name, int fallback) => m.Groups[name].Success ? int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : fallback;
        var offset = TimeSpan.Zero;
        if (m.Groups["z"].Success && m.Groups["z"].Value != "Z")
        {
            var z = m.Groups["z"].Value.Replace("'", "");
            var sign = z[0] == '-' ? -1 : 1;
            var hours = int.Parse(z.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var minutes = z.Length >= 5 ? int.Parse(z.AsSpan(3, 2), CultureInfo.InvariantCulture) : 0;
            if (hours > 14 || minutes > 59) return null;
            offset = sign * new TimeSpan(hours, minutes, 0);
        }
        try
        {
            return new DateTimeOffset(Part("y", 0), Part("mo", 1), Part("d", 1), Part("h", 0), Part("mi", 0), Part("s", 0), offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
