using System.CommandLine;
using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan ego &lt;input&gt; &lt;agent&gt; --hops K [filters] [--ties]</c>: an agent's neighbourhood.</summary>
internal static class EgoCommand
{
    public static Command Create()
    {
        var common = new CaseCommandOptions();
        var agent = new Argument<string>("agent") { Description = "The agent's id (or the pseudonym printed for a victim, witness or minor)." };
        var hops = new Option<int>("--hops") { Description = "How many transaction hops from the agent (default 1).", DefaultValueFactory = _ => 1 };
        var direction = new Option<string>("--direction") { Description = "Ties followed: all (default), out (the agent as source) or in.", DefaultValueFactory = _ => "all" };
        direction.AcceptOnlyFromAmong("all", "out", "in");
        var kinds = new Option<string?>("--kinds") { Description = "Only agents of these kinds (comma-separated: person, business, official, group, migrant, victim); the centre is always kept." };
        var spheres = new Option<string?>("--spheres") { Description = "Only agents of these spheres (comma-separated: underworld, upperworld, none)." };
        var transactionKinds = new Option<string?>("--transaction-kinds") { Description = "Only transactions of these kinds (comma-separated, e.g. payment,bribe)." };
        var from = new Option<string?>("--from") { Description = "Only transactions at or after this ISO 8601 date or date-time (UTC when no offset)." };
        var to = new Option<string?>("--to") { Description = "Only transactions before this ISO 8601 date or date-time." };
        var ties = new Option<bool>("--ties") { Description = "Print the ties among the members (source, target, weight) instead of the members." };
        var top = new Option<int>("--max") { Description = "Most agents returned, the centre included (default 500).", DefaultValueFactory = _ => 500 };
        var command = new Command("ego", """
            The ego network of an agent: everyone within --hops transaction hops, with their kind, sphere and
            distance (0 = the agent), optionally filtered by agent kind, sphere, transaction kind and time.
            Columns: id, kind, sphere, distance; with --ties: source, target, weight (transactions).
            Example: netan ego samples/operation-mare-nostrum P11 --hops 2
            """);
        common.AddTo(command);
        command.Arguments.Add(agent);
        foreach (var option in new Option[] { hops, direction, kinds, spheres, transactionKinds, from, to, ties, top })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var options = EgoQueryOptions.Default with
            {
                MaxHops = parse.GetValue(hops),
                MaxResults = parse.GetValue(top),
                Direction = ParseDirection(parse.GetValue(direction)),
                AgentKinds = CommandValues.AgentKinds(parse.GetValue(kinds), "--kinds"),
                Spheres = CommandValues.Spheres(parse.GetValue(spheres), "--spheres"),
                TransactionKinds = CommandValues.TransactionKinds(parse.GetValue(transactionKinds), "--transaction-kinds"),
                From = CommandValues.Date(parse.GetValue(from), "--from"),
                To = CommandValues.Date(parse.GetValue(to), "--to"),
            };
            var context = common.Load(parse);
            var center = context.RequireAgent(parse.GetValue(agent)!);
            var report = EgoNetworkAnalysis.Extract(context.Network, center, options, ct);
            if (parse.GetValue(ties))
            {
                common.Write(parse, CaseTables.EgoTies(report, context));
            }
            else
            {
                common.Write(parse, CaseTables.EgoMembers(report, context));
            }

            FunctionsCommand.WarnTruncated(report.Truncated);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    internal static Direction ParseDirection(string? text) => text switch
    {
        "out" => Direction.Out,
        "in" => Direction.In,
        _ => Direction.All,
    };
}
