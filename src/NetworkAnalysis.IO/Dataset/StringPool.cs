using System.Runtime.CompilerServices;
namespace NetworkAnalysis.IO.Dataset;

/// <summary>
/// Interns repeated short texts (codes, group ids, extra-column values) so a million rows share a few
/// string instances; looks up spans without allocating. Stops adding past a cap so that unique values
/// cannot grow it without bound.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _maxEntries;

    public StringPool(int maxEntries = 100_000)
    {
        _maxEntries = maxEntries;
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (_lookup.TryGetValue(text, out var existing))
        {
            return existing;
        }

        var created = text.ToString();
        if (_strings.Count < _maxEntries)
        {
            _strings.Add(created, created);
        }

        return created;
    }

    /// <summary>An upper-case ISO code of <paramref name="length"/> ASCII letters from the pool, or null when the text is not one.</summary>
    public string? Code(ReadOnlySpan<char> text, int length)
    {
        if (text.Length != length || length > 8)
        {
            return null;
        }

        Span<char> upper = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (!char.IsAsciiLetter(c))
            {
                return null;
            }

            upper[i] = char.ToUpperInvariant(c);
        }

        return Get(upper);
    }
}
