using System.Text;

namespace NetworkAnalysis.Application.Storage;

/// <summary>Checks and helpers for <see cref="AgentQuery"/> shared by the stores.</summary>
public static class AgentQueries
{
    /// <summary>Throws <see cref="ArgumentException"/> when the query's paging is out of range.</summary>
    public static void Validate(AgentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Offset < 0)
        {
            throw new ArgumentException("the search offset must not be negative");
        }

        if (query.Limit is < 1 or > AgentQuery.MaxPageSize)
        {
            throw new ArgumentException($"the search page size must be 1 to {AgentQuery.MaxPageSize}");
        }
    }

    /// <summary>Escapes <c>\</c>, <c>%</c> and <c>_</c> for a SQL <c>LIKE ... ESCAPE '\'</c> pattern, so user text matches literally.</summary>
    public static string EscapeLike(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (c is '\\' or '%' or '_')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
