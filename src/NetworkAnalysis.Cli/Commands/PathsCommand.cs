using System.CommandLine;
using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine.Paths;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan paths &lt;input&gt; &lt;from&gt; &lt;to&gt; [--k K] [--length L] [--time-respecting]</c>: how two agents are connected.</summary>
internal static class PathsCommand
{
    public static Command Create()
    {
        var common = new CaseCommandOptions();
        var source = new Argument<string>("from") { Description = "The first agent's id (or a victim's printed pseudonym)." };
        var target = new Argument<string>("to") { Description = "The second agent's id." };
        var k = new Option<int>("--k") { Description = "How many paths (default 1; k shortest loopless paths).", DefaultValueFactory = _ => 1 };
        var length = new Option<string>("--length") { Description = "What makes a path short: unit (hops, default), weight (transactions as a cost) or inverse (strong ties are short).", DefaultValueFactory = _ => "unit" };
        length.AcceptOnlyFromAmong("unit", "weight", "inverse");
        var strongest = new Option<bool>("--strongest") { Description = "The strongest paths: same as --length inverse." };
        var hops = new Option<int>("--hops") { Description = "Longest path, in hops (default 6).", DefaultValueFactory = _ => 6 };
        var directed = new Option<bool>("--directed") { Description = "Follow transactions only along their direction (default: either way; always along them with --time-respecting)." };
        var timeRespecting = new Option<bool>("--time-respecting") { Description = "A path whose transactions happen in time order (earliest arrival), printed hop by hop." };
        var transactionKinds = new Option<string?>("--transaction-kinds") { Description = "Only transactions of these kinds (comma-separated)." };
        var from = new Option<string?>("--from") { Description = "Only transactions at or after this ISO 8601 date or date-time (UTC when no offset)." };
        var to = new Option<string?>("--to") { Description = "Only transactions before this ISO 8601 date or date-time." };
        var command = new Command("paths", """
            How two agents are connected: the k shortest paths (by hops, or by tie strength), or with
            --time-respecting the earliest-arriving chain of transactions in time order.
            Columns: rank, hops, length, path (ids joined with ' > '); with --time-respecting: hop,
            transaction, source, target, kind, time, amount, currency.
            Example: netan paths samples/operation-mare-nostrum P01 P24 --k 3
            """);
        common.AddTo(command);
        command.Arguments.Add(source);
        command.Arguments.Add(target);
        foreach (var option in new Option[] { k, length, strongest, hops, directed, timeRespecting, transactionKinds, from, to })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var kinds = CommandValues.TransactionKinds(parse.GetValue(transactionKinds), "--transaction-kinds");
            var fromTime = CommandValues.Date(parse.GetValue(from), "--from");
            var toTime = CommandValues.Date(parse.GetValue(to), "--to");
            var maxHops = parse.GetValue(hops);
            var count = parse.GetValue(k);
            var lengthName = parse.GetValue(strongest) ? "inverse" : parse.GetValue(length)!;
            var context = common.Load(parse);
            var fromId = context.RequireAgent(parse.GetValue(source)!);
            var toId = context.RequireAgent(parse.GetValue(target)!);
            if (parse.GetValue(timeRespecting))
            {
                var options = TemporalPathQueryOptions.Default with { MaxHops = maxHops, TransactionKinds = kinds, From = fromTime, To = toTime };
                var report = PathAnalysis.FindTimeRespecting(context.Network, fromId, toId, options, ct);
                common.Write(parse, CaseTables.TimeRespectingPath(report, context));
                if (report.EarliestArrival is null)
                {
                    Console.Error.WriteLine("netan: no time-respecting path within the hop limit");
                }
            }
            else
            {
                var options = PathQueryOptions.Default with
                {
                    Count = count,
                    MaxHops = maxHops,
                    Length = lengthName switch
                    {
                        "weight" => EdgeLength.Weight,
                        "inverse" => EdgeLength.InverseWeight,
                        _ => EdgeLength.Unit,
                    },
                    Direction = parse.GetValue(directed) ? Engine.Direction.Out : Engine.Direction.All,
                    TransactionKinds = kinds,
                    From = fromTime,
                    To = toTime,
                };
                var report = PathAnalysis.Find(context.Network, fromId, toId, options, ct);
                common.Write(parse, CaseTables.Paths(report, context));
                if (report.Paths.Count == 0)
                {
                    Console.Error.WriteLine("netan: no path within the hop limit");
                }
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
