using System.Text;

namespace NetworkAnalysis.IO.Tests.Formats;

/// <summary>A small RFC 4180 parser for checking the i2 export (independent of the writer's code).</summary>
internal static class Csv
{
    /// <summary>Parses RFC 4180 text with CRLF record ends (<paramref name="lineFeedOnly"/>: LF, as the Neo4j files use).</summary>
    public static List<string[]> Parse(string text, bool lineFeedOnly = false)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if ((c == '\r' && !lineFeedOnly && i + 1 < text.Length && text[i + 1] == '\n') || (c == '\n' && lineFeedOnly))
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i += lineFeedOnly ? 0 : 1;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }
}
