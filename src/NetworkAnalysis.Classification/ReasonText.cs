using System.Globalization;
using System.Text;

namespace NetworkAnalysis.Classification;

/// <summary>Fills the placeholders of a reason template (see <see cref="ModelFeature.Above"/>).</summary>
internal static class ReasonText
{
    public static string Format(string template, string self, GroupIndicators indicators)
    {
        var text = new StringBuilder(template.Length + 16);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            text.Append(Expand(template.AsSpan(open + 1, close - open - 1), self, indicators));
            i = close + 1;
        }

        // A detail that was not recorded leaves empty brackets: drop them.
        return text.Replace(" ()", string.Empty).Replace("()", string.Empty).ToString().Trim();
    }

    /// <summary>The indicator names a template refers to (for validating a model).</summary>
    public static IEnumerable<string> References(string template, string self)
    {
        var i = 0;
        while ((i = template.IndexOf('{', i)) >= 0)
        {
            var close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                yield break;
            }

            yield return Name(template.AsSpan(i + 1, close - i - 1), self);
            i = close + 1;
        }
    }

    private static string Name(ReadOnlySpan<char> token, string self)
    {
        var end = token.IndexOfAny("|:%~");
        var name = (end < 0 ? token : token[..end]).Trim().ToString();
        return name == "value" ? self : name;
    }

    private static string Expand(ReadOnlySpan<char> token, string self, GroupIndicators indicators)
    {
        var indicator = indicators[Name(token, self)];
        var bar = token.IndexOf('|');
        var head = (bar >= 0 ? token[..bar] : token).Trim();
        if (head.EndsWith(":detail", StringComparison.Ordinal))
        {
            return indicator.Detail ?? string.Empty;
        }

        if (head.EndsWith("%", StringComparison.Ordinal))
        {
            return indicator.Value is { } p ? (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "unknown";
        }

        var rounded = head.EndsWith("~", StringComparison.Ordinal);
        double? value = rounded && indicator.Value is { } r ? Math.Round(r, MidpointRounding.AwayFromZero) : indicator.Value;
        var text = value is { } v ? Indicator.Format(v) : "unknown";
        if (bar < 0)
        {
            return text;
        }

        // Forms: one|many[|zero]; '#' in a form stands for the number, otherwise the number goes before
        // the singular and plural forms (the zero form stands alone: "no function").
        var forms = token[(bar + 1)..].ToString().Split('|');
        var zero = value == 0 && forms.Length > 2;
        var form = zero ? forms[2]
            : value is { } w && Math.Abs(w - 1) < 1e-9 ? forms[0]
            : forms.Length > 1 ? forms[1] : forms[0];
        return form.Contains('#', StringComparison.Ordinal) ? form.Replace("#", text, StringComparison.Ordinal)
            : zero ? form
            : text + " " + form;
    }
}
