using System.Globalization;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Dataset;

/// <summary>The state shared while reading the files of one dataset.</summary>
internal sealed class ReadContext
{
    public ReadContext(DatasetReadOptions options)
    {
        Options = options;
        FailedAgentIds = new HashSet<string>(StringComparer.Ordinal);
        FailedAgentLookup = FailedAgentIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public DatasetReadOptions Options { get; }

    public TransactionNetworkBuilder Builder { get; } = new();

    public ProblemLog Log { get; } = new();

    /// <summary>Codes, group ids and extra-column values.</summary>
    public StringPool Strings { get; } = new();

    public List<RuleViolation> Violations { get; } = [];

    /// <summary>The physical line of each agent, by agent index (for duplicate-id messages).</summary>
    public List<long> AgentLines { get; } = [];

    /// <summary>Ids of agent rows that had problems, so transactions naming them add no second error.</summary>
    public HashSet<string> FailedAgentIds { get; }

    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FailedAgentLookup { get; }

    public static string Quote(ReadOnlySpan<char> text) =>
        text.Length <= 60 ? $"'{text}'" : $"'{text[..57]}...'";

    /// <summary>An upper-case ISO code of <paramref name="length"/> letters from the pool, or null when the text is not one.</summary>
    public string? Code(ReadOnlySpan<char> text, int length) => Strings.Code(text, length);

    /// <summary>Reports the rule violations of a record at <paramref name="line"/>; true when there were none.</summary>
    public bool ReportViolations(string file, long line)
    {
        foreach (var v in Violations)
        {
            Log.Add(file, line, v.Column, v.Message);
        }

        var none = Violations.Count == 0;
        Violations.Clear();
        return none;
    }

    /// <summary>Builds the extra-column map of the current row, or null when all its extra fields are empty.</summary>
    public IReadOnlyDictionary<string, string>? Attributes(CsvTable table, int[] columns, string[] names)
    {
        var row = table.Row;
        return BuildAttributes(names, i => row.Field(columns[i]), Strings);
    }

    /// <summary>The map of the non-empty values among <paramref name="names"/>, or null when all are empty.</summary>
    public static IReadOnlyDictionary<string, string>? BuildAttributes(string[] names, FieldAccess field, StringPool strings)
    {
        if (names.Length == 0)
        {
            return null;
        }

        var present = 0;
        for (var i = 0; i < names.Length; i++)
        {
            if (!field(i).IsEmpty)
            {
                present++;
            }
        }

        if (present == 0)
        {
            return null;
        }

        var keys = new string[present];
        var values = new string[present];
        var k = 0;
        for (var i = 0; i < names.Length; i++)
        {
            var value = field(i);
            if (!value.IsEmpty)
            {
                keys[k] = names[i];
                values[k] = value.Length <= 64 ? strings.Get(value) : value.ToString();
                k++;
            }
        }

        return new AttributeMap(keys, values);
    }

    /// <summary>Gives the value of extra field <c>i</c> of the current row.</summary>
    public delegate ReadOnlySpan<char> FieldAccess(int i);

    /// <summary>The columns of the header that are not format columns: their indexes and names.</summary>
    public static (int[] Columns, string[] Names) ExtraColumns(CsvTable table, string[] known)
    {
        var columns = new List<int>();
        var names = new List<string>();
        for (var i = 0; i < table.Header.Count; i++)
        {
            if (!Array.Exists(known, k => string.Equals(k, table.Header[i], StringComparison.OrdinalIgnoreCase)))
            {
                columns.Add(i);
                names.Add(table.Header[i]);
            }
        }

        return (columns.ToArray(), names.ToArray());
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
