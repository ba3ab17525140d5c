using Microsoft.ML.Data;

namespace Pipeline.Ml.Features;

/// <summary>
/// Builds one sparse example: hashed text features in <c>[0, hashSize)</c>, named dense features after them.
/// The hash is FNV-1a over the UTF-16 code units, so it is the same on every run and machine
/// (<see cref="string.GetHashCode()"/> is randomised per process and would make models irreproducible).
/// </summary>
public sealed class FeatureVector(int hashSize, int denseSize)
{
    private readonly SortedDictionary<int, float> _values = [];

    public int HashSize { get; } = hashSize;
    public int Length => HashSize + denseSize;

    public void AddHashed(string feature, float value = 1f)
    {
        var index = (int)(Fnv(feature) % (uint)HashSize);
        _values[index] = _values.GetValueOrDefault(index) + value;
    }

    public void SetDense(int index, float value)
    {
        if (value != 0) _values[HashSize + index] = value;
        else _values.Remove(HashSize + index);
    }

    /// <summary>Scales the hashed part to unit length, so a long paragraph does not outweigh its dense features.</summary>
    public void NormaliseHashed()
    {
        var norm = MathF.Sqrt(_values.Where(p => p.Key < HashSize).Sum(p => p.Value * p.Value));
        if (norm <= 0) return;
        foreach (var key in _values.Keys.Where(k => k < HashSize).ToList()) _values[key] /= norm;
    }

    public VBuffer<float> ToBuffer() => new(Length, _values.Count, _values.Values.ToArray(), _values.Keys.ToArray());

    public static uint Fnv(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h ^= c;
            h *= 16777619u;
        }
        return h;
    }
}
