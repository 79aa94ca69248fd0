using System.CommandLine;
using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Costs;
using NetworkAnalysis.Application.Requests;
using NetworkAnalysis.Application.Results;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan disrupt &lt;input&gt; --strategy S --steps N [--recover]</c>: simulate arrests one at a time.</summary>
internal static class DisruptCommand
{
    public static Command Create()
    {
        var common = new CaseCommandOptions();
        var strategy = new Option<string>("--strategy") { Description = "Whom to remove next: degree (default), betweenness, keyplayer or function.", DefaultValueFactory = _ => "degree" };
        strategy.AcceptOnlyFromAmong([.. OptionWords.Strategies.Keys]);
        var steps = new Option<int>("--steps") { Description = "How many agents to remove (default 10).", DefaultValueFactory = _ => 10 };
        var remove = new Option<string?>("--remove") { Description = "Agents removed first, in this order (comma-separated ids or pseudonyms): what if these are arrested. The strategy continues up to --steps removals." };
        var recover = new Option<bool>("--recover") { Description = "A removed agent's ties pass to a contact performing one of its functions (the network adapts)." };
        var noEfficiency = new Option<bool>("--no-efficiency") { Description = "Skip the network efficiency (quadratic in the network size)." };
        var efficiency = new Option<bool>("--efficiency") { Description = $"Compute the exact efficiency even above {CostModel.ExactEfficiencyMaxNodes:N0} agents, where it is skipped by default (quadratic: one search per agent per step)." };
        var command = new Command("disrupt", """
            Disruption simulation: remove agents one at a time by a strategy (recomputed on what is left) and
            show how the network falls apart. Step 0 is the intact network.
            Columns: step, removed, replacement, ties_added, remaining_agents, largest_component,
            largest_component_share, fragmentation, efficiency, functions_covered, functions_lost.
            Example: netan disrupt samples/operation-mare-nostrum --strategy betweenness --steps 5
            What if: netan disrupt samples/operation-mare-nostrum --remove P10,P11 --steps 2
            """);
        common.AddTo(command);
        common.AddProgressTo(command);
        foreach (var option in new Option[] { strategy, steps, remove, recover, noEfficiency, efficiency })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var options = DisruptionAnalysisOptions.Default with
            {
                Strategy = OptionWords.Strategies[parse.GetValue(strategy)!],
                Steps = parse.GetValue(steps),
                Recovery = parse.GetValue(recover),
            };
            var context = common.Load(parse);
            options = options with { Remove = context.RequireAgents(parse.GetValue(remove)), ComputeEfficiency = CostGuard.ExactEfficiency(parse, context.Network.AgentCount) };
            if (!options.ComputeEfficiency && !parse.GetValue(noEfficiency))
            {
                Console.Error.WriteLine($"netan: note: efficiency left empty: {context.Network.AgentCount:N0} agents is above {CostModel.ExactEfficiencyMaxNodes:N0}, where its exact value is quadratic; pass --efficiency to compute it");
            }

            var report = common.Tracked(parse, progress => DisruptionAnalysis.Simulate(context.Network, options, ct, progress));
            common.Write(parse, CaseTables.Disruption(report, context));
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
