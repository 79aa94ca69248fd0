namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// Splits a line into tokens separated by white space (and, optionally, commas and equal signs);
/// <c>"double quotes"</c> group a token with spaces, in which <c>\"</c> and <c>\\</c> stand for a quote and a
/// backslash (shlex rules, as NetworkX reads Pajek); any other backslash is literal.
/// </summary>
internal static class LineTokens
{
    /// <summary>Fills <paramref name="tokens"/>; returns false for an unterminated quote.</summary>
    public static bool Split(string line, List<string> tokens, bool commaAndEquals = false)
    {
        tokens.Clear();
        var i = 0;
        while (true)
        {
            while (i < line.Length && IsSeparator(line[i], commaAndEquals))
            {
                i++;
            }

            if (i >= line.Length)
            {
                return true;
            }

            if (line[i] == '"')
            {
                var text = new System.Text.StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return false;
                    }

                    var c = line[i];
                    if (c == '"')
                    {
                        i++;
                        break;
                    }

                    if (c == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\')
                    {
                        text.Append(line[i + 1]);
                        i += 2;
                        continue;
                    }

                    text.Append(c);
                    i++;
                }

                tokens.Add(text.ToString());
            }
            else
            {
                var start = i;
                while (i < line.Length && !IsSeparator(line[i], commaAndEquals))
                {
                    i++;
                }

                tokens.Add(line[start..i]);
            }
        }
    }

    /// <summary>Quotes <paramref name="text"/> for a line token: in double quotes, with <c>\</c> and <c>"</c> escaped.</summary>
    public static string Quote(string text)
    {
        if (text.AsSpan().IndexOfAny('"', '\\') < 0)
        {
            return string.Concat("\"", text, "\"");
        }

        return "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    private static bool IsSeparator(char c, bool commaAndEquals) =>
        c is ' ' or '\t' or '\v' or '\f' || (commaAndEquals && c is ',' or '=');
}
