using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Dataset;

/// <summary>Reads <c>groups.csv</c>: <c>id</c> (required), <c>name</c>, <c>type</c>, extra columns.</summary>
internal static class GroupRows
{
    public static void Read(CsvTable table, ReadContext context)
    {
        if (!table.ReadHeader(["id"]))
        {
            return;
        }

        var log = context.Log;
        var cId = table.IndexOf("id");
        var cName = table.IndexOf("name");
        var cType = table.IndexOf("type");
        var (extra, extraNames) = ReadContext.ExtraColumns(table, RecordRules.GroupColumns);
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        while (!log.IsFull && table.ReadRow())
        {
            var row = table.Row;
            var line = table.Line;
            var ok = true;
            var id = row.Field(cId).Trim();
            if (id.IsEmpty)
            {
                log.Add(table.File, line, "id", "missing value: the group id is required");
                ok = false;
            }

            GroupType? type = null;
            var typeText = row.Field(cType).Trim();
            if (!typeText.IsEmpty)
            {
                if (DomainWords.TryParseGroupType(typeText, out var parsed))
                {
                    type = parsed;
                }
                else
                {
                    log.Add(table.File, line, "type", $"unknown group type {ReadContext.Quote(typeText)} (expected empty or one of: {string.Join(", ", DomainWords.GroupTypes)})");
                    ok = false;
                }
            }

            if (!ok)
            {
                continue;
            }

            var name = row.Field(cName);
            var group = new Group(context.Strings.Get(id))
            {
                Name = name.IsEmpty ? null : name.ToString(),
                Type = type,
                Attributes = context.Attributes(table, extra, extraNames)!,
            };
            RecordRules.Check(group, context.Violations);
            if (!context.ReportViolations(table.File, line))
            {
                continue;
            }

            if (!context.Builder.TryAddGroup(group))
            {
                log.Add(table.File, line, "id", $"duplicate group id {ReadContext.Quote(group.Id)} (first on line {lines[group.Id]})");
                continue;
            }

            lines.Add(group.Id, line);
        }
    }
}
