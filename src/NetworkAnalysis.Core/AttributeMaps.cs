using System.Collections.Frozen;
using System.Collections.Immutable;

namespace NetworkAnalysis.Core;

/// <summary>Content equality for the extra-column maps and route/group lists of the records.</summary>
internal static class AttributeMaps
{
    public static readonly IReadOnlyDictionary<string, string> Empty = FrozenDictionary<string, string>.Empty;

    public static bool ContentEquals(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !string.Equals(value, other, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // Order-independent so that maps equal by content hash equally.
    public static int ContentHash(IReadOnlyDictionary<string, string> map)
    {
        var hash = map.Count;
        foreach (var (key, value) in map)
        {
            hash ^= HashCode.Combine(StringComparer.Ordinal.GetHashCode(key), StringComparer.Ordinal.GetHashCode(value));
        }

        return hash;
    }

    public static bool SequenceEquals(ImmutableArray<string> a, ImmutableArray<string> b) =>
        a.AsSpan().SequenceEqual(b.AsSpan());

    public static int SequenceHash(ImmutableArray<string> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
