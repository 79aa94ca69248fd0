using System.CommandLine;
using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan trace &lt;input&gt; &lt;agent&gt; [--backward] [--hops H] [--flows]</c>: follow an agent's money.</summary>
internal static class TraceCommand
{
    public static Command Create()
    {
        var common = new CaseCommandOptions();
        var agent = new Argument<string>("agent") { Description = "The agent's id (or a victim's printed pseudonym)." };
        var backward = new Option<bool>("--backward") { Description = "Where the money the agent received came from (default: where its money went)." };
        var hops = new Option<int>("--hops") { Description = "How many transfers from the agent money is followed (default 5, at most 64).", DefaultValueFactory = _ => 5 };
        var from = new Option<string?>("--from") { Description = "Only transfers at or after this ISO 8601 date or date-time (UTC when no offset)." };
        var to = new Option<string?>("--to") { Description = "Only transfers before this ISO 8601 date or date-time." };
        var currency = new Option<string?>("--currency") { Description = "Only transfers in this currency (default: all, which mixes currencies)." };
        var amount = new Option<decimal?>("--amount") { Description = "The amount traced (default: every transfer of the agent in full)." };
        var flows = new Option<bool>("--flows") { Description = "Print the transfers followed (with the traced share) instead of the agents reached." };
        var top = new Option<int>("--top") { Description = "Most rows, largest amounts kept (default 100).", DefaultValueFactory = _ => 100 };
        var command = new Command("trace", """
            Follow money from (or, with --backward, to) an agent through payments, fees, bribes and
            laundering, in time order: money received can only be passed on later, and never more than was
            received. reached = money that arrived at the agent along the trace; forwarded = the part it
            passed on; retained = the rest, which stayed with it (left empty for the origin).
            Columns: id, kind, hops, reached, forwarded, retained; with --flows: hop, transaction, source,
            target, kind, time, amount, traced.
            Example: netan trace samples/operation-mare-nostrum P10 --hops 3
            """);
        common.AddTo(command);
        command.Arguments.Add(agent);
        foreach (var option in new Option[] { backward, hops, from, to, currency, amount, flows, top })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var options = MoneyTraceOptions.Default with
            {
                Direction = parse.GetValue(backward) ? TraceDirection.Backward : TraceDirection.Forward,
                MaxHops = parse.GetValue(hops),
                MaxResults = parse.GetValue(top),
                From = CommandValues.Date(parse.GetValue(from), "--from"),
                To = CommandValues.Date(parse.GetValue(to), "--to"),
                Currency = parse.GetValue(currency),
                InitialAmount = parse.GetValue(amount),
            };
            var context = common.Load(parse);
            var origin = context.RequireAgent(parse.GetValue(agent)!);
            var report = MoneyAnalysis.Trace(context.Network, origin, options, ct);
            if (parse.GetValue(flows))
            {
                common.Write(parse, CaseTables.TraceFlows(report, context));
            }
            else
            {
                common.Write(parse, CaseTables.TraceAgents(report, context));
            }

            if (report.Currencies.Count > 1)
            {
                Console.Error.WriteLine($"netan: warning: amounts mix currencies ({string.Join(", ", report.Currencies)}); use --currency");
            }

            if (report.SkippedWithoutTimeOrAmount > 0)
            {
                Console.Error.WriteLine($"netan: warning: {report.SkippedWithoutTimeOrAmount} transfers without a time or amount were skipped");
            }

            FunctionsCommand.WarnTruncated(report.Truncated);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
