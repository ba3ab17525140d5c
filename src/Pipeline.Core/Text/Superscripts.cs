namespace Pipeline.Text;

/// <summary>Superscript digits, which transcriptions use for footnote markers.</summary>
public static class Superscripts
{
    private const string Digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static bool IsSuperscriptDigit(char c) => Digits.Contains(c);

    /// <summary>"¹⁰" → 10; null when <paramref name="s"/> is not all superscript digits.</summary>
    public static int? Parse(string s)
    {
        if (s.Length == 0) return null;
        var value = 0;
        foreach (var c in s)
        {
            var d = Digits.IndexOf(c);
            if (d < 0) return null;
            value = value * 10 + d;
        }
        return value;
    }
}
