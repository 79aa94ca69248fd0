using System.Text;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Csv;

namespace NetworkAnalysis.IO.Dataset;

/// <summary>
/// Writes a network as dataset format v1 (<c>agents.csv</c>, <c>transactions.csv</c>,
/// <c>groups.csv</c>, and <c>ties.csv</c> when the network has ties; UTF-8 without BOM, LF line ends, fields quoted only when needed). Reading the
/// result with <see cref="DatasetReader"/> gives records equal to the network's.
/// </summary>
/// <remarks>
/// Never leaves a half-written dataset: the files are written through <see cref="AtomicFolder"/>
/// (completely into a temporary folder next to <c>folder</c>, then moved into place; on failure an
/// older dataset there is left as it was; other files in the folder are left alone, except that a
/// <c>ties.csv</c> from an earlier network with ties is removed, in the same all-or-nothing step, when
/// this one has none, so the folder always reads back as this network).
/// </remarks>
public static class DatasetWriter
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="network"/> into <paramref name="folder"/> (created when missing).</summary>
    /// <exception cref="ArgumentException">Extra attribute names that differ only in case across records cannot share one column.</exception>
    /// <exception cref="OutputPathException">The folder cannot be written; nothing was changed.</exception>
    public static void Write(TransactionNetwork network, string folder)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var agentColumns = ExtraColumns(network.Agents.Select(a => a.Attributes), "agents");
        var transactionColumns = ExtraColumns(network.Transactions.Select(t => t.Attributes), "transactions");
        var groupColumns = ExtraColumns(network.Groups.Select(g => g.Attributes), "groups");
        var tieColumns = ExtraColumns(network.Ties.Select(t => t.Attributes), "ties");
        var files = network.TieCount > 0
            ? new[] { DatasetFiles.Agents, DatasetFiles.Transactions, DatasetFiles.Groups, DatasetFiles.Ties }
            : new[] { DatasetFiles.Agents, DatasetFiles.Transactions, DatasetFiles.Groups };

        AtomicFolder.Write(folder, files, temp =>
        {
            WriteFile(Path.Combine(temp, DatasetFiles.Agents), w => WriteAgents(w, network, agentColumns));
            WriteFile(Path.Combine(temp, DatasetFiles.Transactions), w => WriteTransactions(w, network, transactionColumns));
            WriteFile(Path.Combine(temp, DatasetFiles.Groups), w => WriteGroups(w, network, groupColumns));
            if (network.TieCount > 0)
            {
                WriteFile(Path.Combine(temp, DatasetFiles.Ties), w => WriteTies(w, network, tieColumns));
            }
        },
        removed: network.TieCount > 0 ? [] : [DatasetFiles.Ties]);
    }

    private static void WriteFile(string path, Action<CsvRowWriter> write)
    {
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.SequentialScan))
        using (var writer = new StreamWriter(stream, _utf8, bufferSize: 1 << 16))
        {
            write(new CsvRowWriter(writer));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
    }

    private static void WriteAgents(CsvRowWriter w, TransactionNetwork network, string[] extra)
    {
        Header(w, RecordRules.AgentColumns, extra);
        foreach (var a in network.Agents)
        {
            w.Field(a.Id);
            w.Field(DomainWords.Format(a.Kind));
            w.Field(a.Name);
            w.Field(a.Sphere == Agent.DefaultSphere(a.Kind) ? string.Empty : DomainWords.Format(a.Sphere));
            w.Field(a.Country);
            w.Field(a.Groups.IsEmpty ? string.Empty : string.Join(';', a.Groups));
            w.Field(a.Functions.ToString());
            w.Field(a.Sensitivity == Sensitivity.None ? string.Empty : DomainWords.Format(a.Sensitivity));
            Extra(w, a.Attributes, extra);
            w.EndRow();
        }
    }

    private static void WriteTransactions(CsvRowWriter w, TransactionNetwork network, string[] extra)
    {
        Header(w, RecordRules.TransactionColumns, extra);
        Span<char> buffer = stackalloc char[64];
        foreach (var t in network.Transactions)
        {
            w.Field(t.Id);
            w.Field(t.Source);
            w.Field(t.Target);
            w.Field(DomainWords.Format(t.Kind));
            Time(w, t.Time, buffer);
            Optional(w, t.Amount);
            w.Field(t.Currency);
            w.Field(t.Country);
            w.Field(t.Route.IsEmpty ? string.Empty : string.Join('>', t.Route));
            Optional(w, t.Persons);
            if (t.Weight == 1.0)
            {
                w.Field(string.Empty);
            }
            else
            {
                w.Field(t.Weight, "R");
            }

            Extra(w, t.Attributes, extra);
            w.EndRow();
        }
    }

    private static void WriteGroups(CsvRowWriter w, TransactionNetwork network, string[] extra)
    {
        Header(w, RecordRules.GroupColumns, extra);
        foreach (var g in network.Groups)
        {
            w.Field(g.Id);
            w.Field(g.Name);
            w.Field(g.Type is { } type ? DomainWords.Format(type) : string.Empty);
            Extra(w, g.Attributes, extra);
            w.EndRow();
        }
    }

    private static void WriteTies(CsvRowWriter w, TransactionNetwork network, string[] extra)
    {
        Header(w, RecordRules.TieColumns, extra);
        Span<char> buffer = stackalloc char[64];
        foreach (var t in network.Ties)
        {
            w.Field(t.Id);
            w.Field(t.Source);
            w.Field(t.Target);
            w.Field(DomainWords.Format(t.Kind));
            Time(w, t.Start, buffer);
            Time(w, t.End, buffer);
            Extra(w, t.Attributes, extra);
            w.EndRow();
        }
    }

    private static void Time(CsvRowWriter w, DateTimeOffset? time, Span<char> buffer)
    {
        if (time is { } value && IsoTime.TryFormat(value, buffer, out var written))
        {
            w.Field(buffer[..written]);
        }
        else
        {
            w.Field(string.Empty);
        }
    }

    private static void Optional<T>(CsvRowWriter w, T? value)
        where T : struct, ISpanFormattable
    {
        if (value is { } v)
        {
            w.Field(v);
        }
        else
        {
            w.Field(string.Empty);
        }
    }

    private static void Header(CsvRowWriter w, string[] columns, string[] extra)
    {
        foreach (var c in columns)
        {
            w.Field(c);
        }

        foreach (var c in extra)
        {
            w.Field(c);
        }

        w.EndRow();
    }

    private static void Extra(CsvRowWriter w, IReadOnlyDictionary<string, string> attributes, string[] columns)
    {
        foreach (var column in columns)
        {
            w.Field(attributes.Count > 0 && TryGet(attributes, column, out var value) ? value : string.Empty);
        }
    }

    private static bool TryGet(IReadOnlyDictionary<string, string> attributes, string column, out string value)
    {
        if (attributes.TryGetValue(column, out value!))
        {
            return true;
        }

        foreach (var (key, v) in attributes)
        {
            if (string.Equals(key, column, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        return false;
    }

    // The union of extra attribute names in first-seen order; column names are case-insensitive, so
    // two spellings of one name cannot both round-trip.
    private static string[] ExtraColumns(IEnumerable<IReadOnlyDictionary<string, string>> maps, string list)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var map in maps)
        {
            if (map.Count == 0)
            {
                continue;
            }

            foreach (var key in map.Keys)
            {
                if (seen.TryGetValue(key, out var first))
                {
                    if (!string.Equals(first, key, StringComparison.Ordinal))
                    {
                        throw new ArgumentException($"the {list} use the attribute names '{first}' and '{key}', which differ only in case; the data format's column names are case-insensitive", "network");
                    }

                    continue;
                }

                seen.Add(key, key);
                order.Add(key);
            }
        }

        return [.. order];
    }
}
