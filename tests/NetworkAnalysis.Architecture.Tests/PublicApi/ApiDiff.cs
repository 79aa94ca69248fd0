namespace NetworkAnalysis.Architecture.Tests.PublicApi;

/// <summary>
/// Compares an approved API listing with the current one, line by line as sets within each type, so a
/// reviewer sees exactly which members came and went ("+ " added, "- " removed), each under its type.
/// </summary>
internal static class ApiDiff
{
    /// <summary>The differences, empty when the listings hold the same lines.</summary>
    public static IReadOnlyList<string> Compare(string approved, string current)
    {
        var before = Index(approved);
        var after = Index(current);
        var result = new List<string>();
        foreach (var owner in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var old = before.GetValueOrDefault(owner) ?? [];
            var now = after.GetValueOrDefault(owner) ?? [];
            var removed = old.Except(now).Order(StringComparer.Ordinal).ToList();
            var added = now.Except(old).Order(StringComparer.Ordinal).ToList();
            if (removed.Count + added.Count == 0)
            {
                continue;
            }

            result.Add(owner);
            result.AddRange(removed.Select(line => "  - " + line));
            result.AddRange(added.Select(line => "  + " + line));
        }

        return result;
    }

    /// <summary>Each line keyed by the type (or namespace) it belongs to; a type's own line is keyed by its namespace.</summary>
    private static Dictionary<string, HashSet<string>> Index(string listing)
    {
        var index = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var ns = "";
        var type = "";
        foreach (var raw in listing.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (raw.Length == 0)
            {
                continue;
            }

            var depth = raw.Length - raw.TrimStart(' ').Length;
            var line = raw.Trim();
            string owner;
            if (depth == 0)
            {
                ns = line.StartsWith("namespace ", StringComparison.Ordinal) ? line["namespace ".Length..] : line;
                owner = "(namespaces)";
            }
            else if (depth == 2)
            {
                type = ns + " / " + line;
                owner = ns;
            }
            else
            {
                owner = type;
            }

            if (!index.TryGetValue(owner, out var lines))
            {
                index[owner] = lines = new HashSet<string>(StringComparer.Ordinal);
            }

            lines.Add(line);
        }

        return index;
    }
}
