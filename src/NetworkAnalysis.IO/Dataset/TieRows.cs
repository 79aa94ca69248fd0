using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Dataset;

/// <summary>
/// Reads <c>ties.csv</c>: <c>source</c>, <c>target</c>, <c>kind</c> (required), <c>id</c>, <c>start</c>,
/// <c>end</c>, extra columns. Read after <c>agents.csv</c>, so every endpoint is checked on its own line.
/// Ties are few next to transactions, so the file is parsed on the calling thread.
/// </summary>
internal static class TieRows
{
    private static readonly string _kinds = string.Join(", ", DomainWords.TieKinds);

    public static void Read(CsvTable table, ReadContext context)
    {
        if (!table.ReadHeader(["source", "target", "kind"]))
        {
            return;
        }

        var log = context.Log;
        var cId = table.IndexOf("id");
        var cSource = table.IndexOf("source");
        var cTarget = table.IndexOf("target");
        var cKind = table.IndexOf("kind");
        var cStart = table.IndexOf("start");
        var cEnd = table.IndexOf("end");
        var (extra, extraNames) = ReadContext.ExtraColumns(table, RecordRules.TieColumns);
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        context.Builder.PrepareAgentLookup();
        while (!log.IsFull && table.ReadRow())
        {
            var row = table.Row;
            var line = table.Line;
            var ok = true;
            var source = Endpoint(table, context, cSource, "source", out var sourceIndex, ref ok);
            var target = Endpoint(table, context, cTarget, "target", out var targetIndex, ref ok);
            var kindText = row.Field(cKind).Trim();
            if (!DomainWords.TryParseTieKind(kindText, out var kind))
            {
                log.Add(table.File, line, "kind", kindText.IsEmpty
                    ? $"missing value: the tie kind is required (one of: {_kinds})"
                    : $"unknown tie kind {ReadContext.Quote(kindText)} (expected one of: {_kinds})");
                ok = false;
            }

            var start = Date(table, context, cStart, "start", ref ok);
            var end = Date(table, context, cEnd, "end", ref ok);
            if (!ok)
            {
                continue;
            }

            var id = cId >= 0 ? row.Field(cId).Trim() : default;
            var tie = new Tie(source!, target!, kind)
            {
                Id = id.IsEmpty ? null : id.ToString(),
                Start = start,
                End = end,
                Attributes = context.Attributes(table, extra, extraNames)!,
            };
            RecordRules.Check(tie, context.Violations);
            if (!context.ReportViolations(table.File, line))
            {
                continue;
            }

            if (!context.Builder.TryAddTie(tie, sourceIndex, targetIndex))
            {
                log.Add(table.File, line, "id", $"duplicate tie id {ReadContext.Quote(tie.Id)} (first on line {lines[tie.Id!]})");
                continue;
            }

            if (tie.Id is not null)
            {
                lines.Add(tie.Id, line);
            }
        }
    }

    private static string? Endpoint(CsvTable table, ReadContext context, int column, string name, out int index, ref bool ok)
    {
        var id = table.Row.Field(column).Trim();
        if (context.Builder.TryFindAgent(id, out index, out var stored))
        {
            return stored;
        }

        if (id.IsEmpty)
        {
            context.Log.Add(table.File, table.Line, name, $"missing value: the {name} agent id is required");
        }
        else if (!context.FailedAgentLookup.Contains(id))
        {
            context.Log.Add(table.File, table.Line, name, $"unknown agent {ReadContext.Quote(id)} (not in {DatasetFiles.Agents})");
        }

        ok = false;
        return null;
    }

    private static DateTimeOffset? Date(CsvTable table, ReadContext context, int column, string name, ref bool ok)
    {
        var text = column >= 0 ? table.Row.Field(column).Trim() : default;
        if (text.IsEmpty)
        {
            return null;
        }

        if (IsoTime.TryParse(text, out var value))
        {
            return value;
        }

        context.Log.Add(table.File, table.Line, name, $"{ReadContext.Quote(text)} is not an ISO 8601 date or date-time (e.g. 2024-03-01 or 2024-03-01T14:30:00Z)");
        ok = false;
        return null;
    }
}
