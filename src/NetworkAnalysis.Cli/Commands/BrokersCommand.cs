using System.CommandLine;
using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Application.Results;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan brokers &lt;input&gt; [--partition P]</c>: Gould-Fernandez brokerage roles and Burt's structural holes.</summary>
internal static class BrokersCommand
{
    public static Command Create()
    {
        var common = new CaseCommandOptions();
        var partition = new Option<string>("--partition") { Description = "What the roles are counted against: groups (default), spheres, kinds or communities.", DefaultValueFactory = _ => "groups" };
        partition.AcceptOnlyFromAmong([.. OptionWords.Partitions.Keys]);
        var weighted = new Option<bool>("--weighted") { Description = "Burt's measures use tie strengths (as --weight says) instead of presence." };
        var weight = CommonOptions.Weight();
        var top = new Option<int>("--top") { Description = "Most rows, highest total brokerage first (default 50).", DefaultValueFactory = _ => 50 };
        var command = new Command("brokers", """
            Who brokers between groups (or spheres, kinds, communities): for each agent the Gould-Fernandez
            role counts over two-step paths i > broker > k (coordinator: all in the broker's group; itinerant:
            i and k in one other group; gatekeeper: k in the broker's group, i outside; representative: i in
            the broker's group, k outside; liaison: all three groups differ), the counts expected by chance,
            then Burt's constraint, effective size, efficiency and hierarchy.
            Columns: id, coordinator, itinerant, gatekeeper, representative, liaison, coordinator_expected,
            itinerant_expected, gatekeeper_expected, representative_expected, liaison_expected, constraint,
            effective_size, efficiency, hierarchy.
            Example: netan brokers samples/operation-mare-nostrum --partition spheres
            """);
        common.AddTo(command);
        common.AddProgressTo(command);
        command.Options.Add(partition);
        command.Options.Add(weighted);
        command.Options.Add(weight);
        command.Options.Add(top);
        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var options = BrokerageOptions.Default with
            {
                Partition = OptionWords.Partitions[parse.GetValue(partition)!],
                WeightedConstraint = parse.GetValue(weighted),
                Projection = BrokerageOptions.Default.Projection with { Aggregation = CommonOptions.Aggregation(parse.GetValue(weight)) },
                MaxResults = parse.GetValue(top),
            };
            var context = common.Load(parse);
            var report = common.Tracked(parse, progress => BrokerageAnalysis.Analyze(context.Network, options, ct, progress));
            common.Write(parse, CaseTables.Brokers(report, context));
            FunctionsCommand.WarnTruncated(report.Truncated);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
