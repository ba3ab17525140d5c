using System.Diagnostics;

namespace Pipeline.Extraction;

/// <summary>
/// Wall time spent in each pipeline stage of one document (read, prepare, roles, fields, tasks, record),
/// in milliseconds. Filled as each stage finishes, so when a later stage throws the earlier ones still
/// show where the time went — what an archivist needs to tell a slow reader from a slow rule.
/// </summary>
public sealed class StageTimings
{
    private readonly List<KeyValuePair<string, double>> _stages = [];
    private readonly Lock _gate = new();

    /// <summary>Stages in the order they ran; a stage timed twice is summed.</summary>
    public IReadOnlyDictionary<string, double> Milliseconds
    {
        get
        {
            lock (_gate)
            {
                var result = new Dictionary<string, double>();
                foreach (var (stage, ms) in _stages) result[stage] = Math.Round(result.GetValueOrDefault(stage) + ms, 3);
                return result;
            }
        }
    }

    public T Time<T>(string stage, Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        try { return work(); }
        finally { Add(stage, Stopwatch.GetElapsedTime(started).TotalMilliseconds); }
    }

    public void Add(string stage, double milliseconds)
    {
        lock (_gate) _stages.Add(new(stage, milliseconds));
    }
}
