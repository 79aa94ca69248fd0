using System.Globalization;

namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// Warnings counted by kind: each distinct message template (with a <c>{0}</c> for the count) becomes one
/// warning, in order of first occurrence, so a million ignored values give one line, not a million.
/// </summary>
internal sealed class Notes
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    /// <summary>Quotes user text for a template: shortened, braces doubled so the count formatting cannot break on them.</summary>
    public static string Literal(string text) =>
        ReadSession.Quote(text).Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    /// <summary>Counts one occurrence of <paramref name="template"/> (which holds <c>{0}</c> for the count).</summary>
    public void Add(string template, long count = 1)
    {
        if (count <= 0)
        {
            return;
        }

        if (_counts.TryGetValue(template, out var seen))
        {
            _counts[template] = seen + count;
        }
        else
        {
            _order.Add(template);
            _counts[template] = count;
        }
    }

    public IReadOnlyList<string> ToList()
    {
        var list = new List<string>(_order.Count);
        foreach (var template in _order)
        {
            list.Add(string.Format(CultureInfo.InvariantCulture, template, _counts[template].ToString("N0", CultureInfo.InvariantCulture)));
        }

        return list;
    }

    public void CopyTo(ICollection<string> warnings)
    {
        foreach (var text in ToList())
        {
            warnings.Add(text);
        }
    }
}
