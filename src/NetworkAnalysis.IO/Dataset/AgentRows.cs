using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Dataset;

/// <summary>
/// Reads <c>agents.csv</c>: <c>id</c> and <c>kind</c> (required), <c>name</c>, <c>sphere</c>,
/// <c>country</c>, <c>groups</c>, <c>functions</c>, <c>sensitivity</c>, extra columns.
/// </summary>
internal static class AgentRows
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Read(CsvTable table, ReadContext context)
    {
        if (!table.ReadHeader(["id", "kind"]))
        {
            return;
        }

        var log = context.Log;
        var file = table.File;
        var cId = table.IndexOf("id");
        var cKind = table.IndexOf("kind");
        var cName = table.IndexOf("name");
        var cSphere = table.IndexOf("sphere");
        var cCountry = table.IndexOf("country");
        var cGroups = table.IndexOf("groups");
        var cFunctions = table.IndexOf("functions");
        var cSensitivity = table.IndexOf("sensitivity");
        var (extra, extraNames) = ReadContext.ExtraColumns(table, RecordRules.AgentColumns);
        var groupIds = new List<string>();
        while (!log.IsFull && table.ReadRow())
        {
            var row = table.Row;
            var line = table.Line;
            var before = log.Count;
            var id = row.Field(cId).Trim();
            if (id.IsEmpty)
            {
                log.Add(file, line, "id", "missing value: the agent id is required");
            }

            var kindText = row.Field(cKind).Trim();
            AgentKind kind = default;
            if (kindText.IsEmpty)
            {
                log.Add(file, line, "kind", $"missing value: the agent kind is required (one of: {string.Join(", ", DomainWords.AgentKinds)})");
            }
            else if (!DomainWords.TryParseAgentKind(kindText, out kind))
            {
                log.Add(file, line, "kind", $"unknown agent kind {ReadContext.Quote(kindText)} (expected one of: {string.Join(", ", DomainWords.AgentKinds)})");
            }

            var sphere = Agent.DefaultSphere(kind);
            var sphereText = row.Field(cSphere).Trim();
            if (!sphereText.IsEmpty && !DomainWords.TryParseSphere(sphereText, out sphere))
            {
                log.Add(file, line, "sphere", $"unknown sphere {ReadContext.Quote(sphereText)} (expected empty or one of: {string.Join(", ", DomainWords.Spheres)})");
            }

            string? country = null;
            var countryText = row.Field(cCountry).Trim();
            if (!countryText.IsEmpty && (country = context.Code(countryText, 2)) is null)
            {
                log.Add(file, line, "country", $"{ReadContext.Quote(countryText)} is not a two-letter ISO 3166-1 country code");
            }

            if (!DomainWords.TryParseFunctions(row.Field(cFunctions), out var functions, out var badFunction))
            {
                log.Add(file, line, "functions", $"unknown function {ReadContext.Quote(badFunction)} (expected one of: {string.Join(", ", DomainWords.Functions)}, separated by ';')");
            }

            var sensitivityText = row.Field(cSensitivity);
            if (!DomainWords.TryParseSensitivity(sensitivityText, out var sensitivity))
            {
                log.Add(file, line, "sensitivity", $"unknown sensitivity {ReadContext.Quote(sensitivityText.Trim())} (expected empty or one of: {string.Join(", ", DomainWords.Sensitivities)})");
            }

            var groups = ReadGroups(row.Field(cGroups), context, groupIds);
            if (log.Count > before)
            {
                Fail(context, id);
                continue;
            }

            var name = row.Field(cName);
            var agent = new Agent(id.ToString(), kind)
            {
                Name = name.IsEmpty ? null : name.ToString(),
                Sphere = sphere,
                Country = country,
                Groups = groups,
                Functions = functions,
                Sensitivity = sensitivity,
                Attributes = context.Attributes(table, extra, extraNames)!,
            };
            RecordRules.Check(agent, context.Violations);
            if (!context.ReportViolations(file, line))
            {
                Fail(context, id);
                continue;
            }

            if (!context.Builder.TryAddAgent(agent, out var first))
            {
                log.Add(file, line, "id", $"duplicate agent id {ReadContext.Quote(agent.Id)} (first on line {context.AgentLines[first]})");
                continue;
            }

            context.AgentLines.Add(line);
        }
    }

    private static void Fail(ReadContext context, ReadOnlySpan<char> id)
    {
        if (!id.IsEmpty)
        {
            context.FailedAgentLookup.Add(id);
        }
    }

    private static ImmutableArray<string> ReadGroups(ReadOnlySpan<char> text, ReadContext context, List<string> scratch)
    {
        if (text.Trim().IsEmpty)
        {
            return ImmutableArray<string>.Empty;
        }

        scratch.Clear();
        foreach (var range in text.Split(';'))
        {
            var item = text[range].Trim();
            if (!item.IsEmpty)
            {
                scratch.Add(context.Strings.Get(item));
            }
        }

        return [.. scratch];
    }
}
