namespace Pipeline.Cli.Commands.Extract;

/// <summary>
/// The record file of each input in DIR. The rule (README, "Run it on your own files"): `&lt;stem&gt;.json`; when
/// inputs share a stem (compared ignoring case), the first in listing order keeps `&lt;stem&gt;.json` and each
/// later one gets `&lt;stem&gt;.&lt;ext&gt;.json`, then `&lt;stem&gt;.&lt;ext&gt;.2.json`, `.3` … Names are fixed before
/// any document is processed, so they do not depend on which worker finishes first.
/// </summary>
public static class OutputNames
{
    public sealed record Collision(string Stem, IReadOnlyList<(string Input, string Name)> Inputs);

    public static IReadOnlyList<string> Assign(IReadOnlyList<ExtractInput> inputs, out IReadOnlyList<Collision> collisions)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>(inputs.Count);
        foreach (var input in inputs)
        {
            var stem = Path.GetFileNameWithoutExtension(input.Path);
            var name = stem + ".json";
            if (!used.Add(name))
            {
                var withExtension = $"{stem}.{Path.GetExtension(input.Path).TrimStart('.')}";
                name = withExtension + ".json";
                for (var i = 2; !used.Add(name); i++) name = $"{withExtension}.{i}.json";
            }
            names.Add(name);
        }
        collisions = inputs.Select((input, i) => (input.Path, Name: names[i], Stem: Path.GetFileNameWithoutExtension(input.Path)))
            .GroupBy(x => x.Stem, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => new Collision(g.Key, g.Select(x => (x.Path, x.Name)).ToList()))
            .ToList();
        return names;
    }
}
