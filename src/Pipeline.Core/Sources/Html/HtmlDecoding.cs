using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Sources.Text;

namespace Pipeline.Sources.Html;

/// <summary>
/// Decodes an HTML page: a BOM or UTF-8 first, then the charset its meta tag declares (windows-1258 pages of
/// old portals), then the legacy Vietnamese encodings, with a warning naming the one used.
/// </summary>
public static partial class HtmlDecoding
{
    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string? Warning) Decode(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var declared = Charset().Match(head) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;
        if (declared is not null and not ("utf-8" or "utf8"))
        {
            try
            {
                var encoding = Encoding.GetEncoding(declared);
                var text = encoding.GetString(bytes).Normalize(NormalizationForm.FormC);
                return (text, $"legacy-encoding: the page declares {declared}; converted to Unicode");
            }
            catch (ArgumentException) { /* unknown charset name: fall back to detection */ }
        }
        return TextDecoder.DecodeReporting(bytes);
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w-]+)", RegexOptions.IgnoreCase)] private static partial Regex Charset();
}
