using System.CommandLine;
using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Engine.KeyPlayers;
using NetworkAnalysis.Engine;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan keyplayers &lt;input&gt; --k K [--positive]</c>: the set of k agents whose removal fragments the network most (or who reach most).</summary>
internal static class KeyPlayersCommand
{
    public static Command Create()
    {
        var common = new CaseCommandOptions();
        var k = new Option<int>("--k") { Description = "How many key players (default 5).", DefaultValueFactory = _ => 5 };
        var positive = new Option<bool>("--positive") { Description = "KPP-Pos: the k agents who reach most others within --reach steps (default KPP-Neg: whose removal fragments most)." };
        var distanceWeighted = new Option<bool>("--distance-weighted") { Description = "Distance-weighted fragmentation (KPP-Neg) or reach (KPP-Pos) instead of component counting." };
        var seed = new Option<int>("--seed") { Description = "KPP-Neg seed for the swap order and restarts (default 0).", DefaultValueFactory = _ => 0 };
        var reach = new Option<int>("--reach") { Description = "KPP-Pos: steps within which others count as reached (default 1).", DefaultValueFactory = _ => 1 };
        var command = new Command("keyplayers", """
            Key players (Borgatti): by default KPP-Neg, the k agents whose joint removal fragments the network
            most; with --positive KPP-Pos, the k agents who together reach most others within --reach steps.
            Rows in the order chosen; the score column is the objective once that agent and all before it are
            taken (fragmentation: share of agent pairs disconnected; reach: share of others reached).
            Columns: id, kind, fragmentation (or reach with --positive).
            Example: netan keyplayers samples/operation-mare-nostrum --k 3
            """);
        common.AddTo(command);
        common.AddProgressTo(command);
        foreach (var option in new Option[] { k, positive, distanceWeighted, seed, reach })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var isPositive = parse.GetValue(positive);
            var weightedDistance = parse.GetValue(distanceWeighted);
            var options = KeyPlayerOptions.Default with
            {
                Count = parse.GetValue(k),
                Fragmentation = weightedDistance ? FragmentationMeasure.DistanceWeighted : FragmentationMeasure.Components,
                Reach = weightedDistance ? ReachMeasure.DistanceWeighted : ReachMeasure.Reach,
                MaxHops = parse.GetValue(reach),
                Seed = parse.GetValue(seed),
                Direction = Direction.All,
            };
            var context = common.Load(parse);
            var report = common.Tracked(parse, progress => isPositive
                ? KeyPlayerAnalysis.FindReaching(context.Network, options, ct, progress)
                : KeyPlayerAnalysis.FindFragmenting(context.Network, options, ct, progress));
            common.Write(parse, CaseTables.KeyPlayers(report, isPositive, context));
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
