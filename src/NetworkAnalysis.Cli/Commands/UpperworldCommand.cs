using System.CommandLine;
using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan upperworld &lt;input&gt; [--links|--gateways]</c>: businesses and officials exposed to the criminal side.</summary>
internal static class UpperworldCommand
{
    public static Command Create()
    {
        var common = new CaseCommandOptions();
        var links = new Option<bool>("--links") { Description = "Print the links (upperworld agent, underworld agent, transaction kind) instead of the exposure ranking." };
        var gateways = new Option<bool>("--gateways") { Description = "Print the corruption gateways (criminal-side agents dealing with the upperworld) instead." };
        var hops = new Option<int>("--hops") { Description = "Longest path searched to a group's core, in transaction hops (default 4).", DefaultValueFactory = _ => 4 };
        var top = new Option<int>("--top") { Description = "Most rows (default 100).", DefaultValueFactory = _ => 100 };
        var from = new Option<string?>("--from") { Description = "Only transactions at or after this ISO 8601 date or date-time (UTC when no offset)." };
        var to = new Option<string?>("--to") { Description = "Only transactions before this ISO 8601 date or date-time." };
        var command = new Command("upperworld", """
            How exposed each business and official is to the criminal side: score = sum over groups of
            1/(d+1), d = hops to the group's core; then groups reached, direct underworld contacts,
            transactions and summed amounts. --links lists each upperworld-underworld link; --gateways the
            criminal-side agents through which the upperworld is reached.
            Columns: rank, id, kind, score, groups_reached, underworld_contacts, transactions, amounts;
            --links: upperworld_id, upperworld_kind, underworld_id, kind, from_upperworld, transactions,
            amounts, first, last, examples; --gateways: id, groups, upperworld_contacts, transactions,
            amounts, kinds.
            Example: netan upperworld samples/operation-mare-nostrum --links
            """);
        common.AddTo(command);
        common.AddProgressTo(command);
        foreach (var option in new Option[] { links, gateways, hops, top, from, to })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var options = UpperworldOptions.Default with
            {
                MaxHops = parse.GetValue(hops),
                MaxResults = parse.GetValue(top),
                From = CommandValues.Date(parse.GetValue(from), "--from"),
                To = CommandValues.Date(parse.GetValue(to), "--to"),
            };
            var context = common.Load(parse);
            var report = common.Tracked(parse, progress => UpperworldAnalysis.Analyze(context.Network, options, ct, progress));
            if (parse.GetValue(links))
            {
                common.Write(parse, CaseTables.UpperworldLinks(report, context));
            }
            else if (parse.GetValue(gateways))
            {
                common.Write(parse, CaseTables.UpperworldGateways(report, context));
            }
            else
            {
                common.Write(parse, CaseTables.UpperworldExposure(report, context));
            }

            FunctionsCommand.WarnTruncated(report.Truncated);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
