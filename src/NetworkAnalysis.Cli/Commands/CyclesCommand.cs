using System.CommandLine;
using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Results;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan cycles &lt;input&gt; --max-length L</c>: money that comes back to where it started.</summary>
internal static class CyclesCommand
{
    public static Command Create()
    {
        var common = new CaseCommandOptions();
        var maxLength = new Option<int>("--max-length") { Description = "Longest cycle, in transfers (default 4).", DefaultValueFactory = _ => 4 };
        var timeOrdered = new Option<bool>("--time-ordered") { Description = "Keep only cycles whose transfers can be put in time order around the loop." };
        var from = new Option<string?>("--from") { Description = "Only transfers at or after this ISO 8601 date or date-time (UTC when no offset)." };
        var to = new Option<string?>("--to") { Description = "Only transfers before this ISO 8601 date or date-time." };
        var currency = new Option<string?>("--currency") { Description = "Only transfers in this currency." };
        var top = new Option<int>("--top") { Description = "Most cycles, largest bottleneck first (default 100).", DefaultValueFactory = _ => 100 };
        var command = new Command("cycles", """
            Money cycles (round-tripping, a laundering sign): loops of 2 to --max-length transfers (payments,
            fees, bribes, laundering), largest bottleneck (smallest summed amount on a leg) first.
            Columns: rank, cycle (ids joined with ' > ', back to the first), length, bottleneck, total,
            transactions, time_ordered, start, end.
            Example: netan cycles samples/operation-mare-nostrum --max-length 4
            """);
        common.AddTo(command);
        common.AddProgressTo(command);
        foreach (var option in new Option[] { maxLength, timeOrdered, from, to, currency, top })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var options = MoneyCycleOptions.Default with
            {
                MaxHops = parse.GetValue(maxLength),
                MaxResults = parse.GetValue(top),
                TimeOrderedOnly = parse.GetValue(timeOrdered),
                From = CommandValues.Date(parse.GetValue(from), "--from"),
                To = CommandValues.Date(parse.GetValue(to), "--to"),
                Currency = parse.GetValue(currency),
            };
            var context = common.Load(parse);
            var report = common.Tracked(parse, progress => MoneyAnalysis.Cycles(context.Network, options, ct, progress));
            common.Write(parse, CaseTables.Cycles(report, context));
            if (report.Currencies.Count > 1)
            {
                Console.Error.WriteLine($"netan: warning: amounts mix currencies ({string.Join(", ", report.Currencies)}); use --currency");
            }

            if (report.Truncated)
            {
                Console.Error.WriteLine($"netan: warning: cycle enumeration stopped at {report.CyclesFound} cycles");
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
