namespace Pipeline.Text;

/// <summary>
/// A comparison key for Vietnamese text whose mode is part of its type, so that a lexicon compared by tone
/// can never be matched against text folded to bare letters by mistake (the "giáo"/"giao" bug).
/// </summary>
public interface IVnKey<TSelf> where TSelf : struct, IVnKey<TSelf>
{
    /// <summary>The key of <paramref name="text"/> in this mode.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "C# only; ToneKey.Of(text) reads as the key of a text.")]
    static abstract TSelf Of(string text);

    /// <summary>How data files name this mode in their <c># compare: …</c> header line.</summary>
    static abstract string ModeName { get; }

    /// <summary>The key's characters, for prefix and word searches in key space.</summary>
    string Value { get; }
}

/// <summary>Lower case, tone placement normalised, every mark kept: "thủy" = "thuỷ" ≠ "thuy", "giáo" ≠ "giao".</summary>
public readonly record struct ToneKey(string Value) : IVnKey<ToneKey>
{
    public static ToneKey Of(string text) => new(VnText.ToneKey(text));
    public static string ModeName => "tone";
    public override string ToString() => Value;
}

/// <summary>Lower case, every diacritic removed, đ → d: for text that lost its marks (OCR, unaccented input).</summary>
public readonly record struct FoldKey(string Value) : IVnKey<FoldKey>
{
    public static FoldKey Of(string text) => new(VnText.Fold(text));
    public static string ModeName => "fold";
    public override string ToString() => Value;
}
