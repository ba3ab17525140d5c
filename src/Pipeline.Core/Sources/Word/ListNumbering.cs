using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Sources.Word;

/// <summary>
/// Word's automatic list numbering (đánh số tự động), replayed over the document in reading order so
/// each numbered paragraph gets the label Word prints: "1.", "1.2.", "a)", "II.", "-".
/// Counters live per abstract list, as in Word: list instances sharing one abstract list continue each
/// other unless an instance restarts a level with startOverride.
/// </summary>
internal sealed class ListNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, int[]> _counters = [];
    private readonly Dictionary<int, bool[]> _started = [];
    private readonly HashSet<(int NumId, int Level)> _overridesApplied = [];

    public ListNumbering(Numbering? numbering)
    {
        if (numbering is null) return;
        foreach (var a in numbering.Elements<AbstractNum>())
            if (a.AbstractNumberId?.Value is { } id) _abstracts[id] = a;
        foreach (var n in numbering.Elements<NumberingInstance>())
            if (n.NumberID?.Value is { } id) _instances[id] = n;
    }

    /// <summary>Advances the list and returns the printed label, or null when the paragraph has none.</summary>
    public string? Next(int numId, int level)
    {
        if (numId == 0 || !_instances.TryGetValue(numId, out var instance)) return null;
        var abstractId = instance.AbstractNumId?.Val?.Value;
        if (abstractId is null || !_abstracts.ContainsKey(abstractId.Value)) return null;
        level = Math.Clamp(level, 0, Levels - 1);

        var key = abstractId.Value;
        var counters = _counters.TryGetValue(key, out var c) ? c : _counters[key] = new int[Levels];
        var started = _started.TryGetValue(key, out var s) ? s : _started[key] = new bool[Levels];

        var definition = LevelOf(instance, level);
        if (definition is null) return null;

        var startOverride = StartOverride(instance, level);
        if (startOverride is not null && _overridesApplied.Add((numId, level)))
        {
            counters[level] = startOverride.Value - 1;
            started[level] = true;
        }
        if (!started[level]) counters[level] = Start(definition) - 1;
        counters[level]++;
        started[level] = true;

        for (var lower = level + 1; lower < Levels; lower++)
        {
            var restartAfter = LevelOf(instance, lower)?.LevelRestart?.Val?.Value ?? lower;
            if (restartAfter != 0 && level < restartAfter) started[lower] = false;
        }

        return Render(instance, definition, counters);
    }

    private string Render(NumberingInstance instance, Level definition, int[] counters)
    {
        var format = FormatOf(definition);
        var text = definition.LevelText?.Val?.Value ?? "";
        if (format == "bullet") return NumberFormat.Bullet(text);

        var legal = definition.IsLegalNumberingStyle is not null && definition.IsLegalNumberingStyle.Val?.Value != false;
        var label = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var referencedLevel = LevelOf(instance, referenced);
                var value = counters[referenced] > 0 ? counters[referenced] : referencedLevel is null ? 1 : Start(referencedLevel);
                var referencedFormat = legal ? "decimal" : referencedLevel is null ? "decimal" : FormatOf(referencedLevel);
                label.Append(NumberFormat.Render(value, referencedFormat == "bullet" ? "decimal" : referencedFormat));
                i++;
            }
            else label.Append(text[i]);
        }
        return label.ToString().Trim();
    }

    private Level? LevelOf(NumberingInstance instance, int level)
    {
        var overridden = instance.Elements<LevelOverride>()
            .FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level;
        if (overridden is not null) return overridden;
        var abstractId = instance.AbstractNumId?.Val?.Value;
        if (abstractId is null || !_abstracts.TryGetValue(abstractId.Value, out var a)) return null;
        return a.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
    }

    private static int? StartOverride(NumberingInstance instance, int level) =>
        instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)
            ?.StartOverrideNumberingValue?.Val?.Value;

    // ECMA-376 makes 0 the default start; Word writes an explicit start whenever it means 1.
    private static int Start(Level level) => level.StartNumberingValue?.Val?.Value ?? 0;

    private static string FormatOf(Level level)
    {
        var format = level.NumberingFormat?.Val;
        return format is null ? "decimal" : format.InnerText ?? "decimal";
    }
}
