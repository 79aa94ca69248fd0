using System.CommandLine;
using System.Diagnostics;
using NetworkAnalysis.Synthetic;
using NetworkAnalysis.IO.Dataset;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan generate --groups N --seed S --out DIR</c>: a synthetic case in dataset format v1.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var groups = new Option<int>("--groups") { Description = "Number of criminal groups (default 20).", DefaultValueFactory = _ => 20 };
        var seed = new Option<long>("--seed") { Description = "Seed: the same seed and options give a byte-identical dataset (default 1).", DefaultValueFactory = _ => 1 };
        var outDir = new Option<string>("--out") { Description = "Folder to write (agents.csv, transactions.csv, groups.csv).", Required = true };
        var transnational = new Option<double?>("--transnational-share") { Description = "Share of large transnational groups, 0..1 (default 0.4)." };
        var scale = new Option<double?>("--scale") { Description = "Activity volume multiplier (default 1: about 2,000 transactions per group; --groups 100 --scale 5 gives about 1,000,000)." };
        var noise = new Option<double?>("--noise") { Description = "Recording noise 0..1 (lost, extra and mislabelled transactions; default 0.05)." };
        var missingMembers = new Option<double?>("--missing-members") { Description = "Fraction of group members unknown to the analyst, 0..1 (default 0.05)." };
        var missingFunctions = new Option<double?>("--missing-functions") { Description = "Fraction of known functions left empty, 0..1 (default 0.15)." };
        var labels = new Option<string>("--labels") { Description = "Ground truth written: none, membership, or type (membership and group type; default).", DefaultValueFactory = _ => "type" };
        labels.AcceptOnlyFromAmong("none", "membership", "type");
        var command = new Command("generate", """
            Generate a synthetic case (small enterprise-type and transnational groups, migrants, victims,
            shared specialists, upperworld links) in dataset format v1. Deterministic for a seed.
            Example: netan generate --groups 50 --seed 7 --out data/synthetic-50
            """)
        {
            groups, seed, outDir, transnational, scale, noise, missingMembers, missingFunctions, labels,
        };
        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var options = new CaseGeneratorOptions
            {
                Groups = parse.GetValue(groups),
                Seed = parse.GetValue(seed),
                Labels = parse.GetValue(labels) switch
                {
                    "none" => GroupLabels.None,
                    "membership" => GroupLabels.Membership,
                    _ => GroupLabels.MembershipAndType,
                },
            };
            options = parse.GetValue(transnational) is { } share ? options with { TransnationalShare = share } : options;
            options = parse.GetValue(scale) is { } s ? options with { Scale = s } : options;
            options = parse.GetValue(noise) is { } n ? options with { Noise = n } : options;
            options = parse.GetValue(missingMembers) is { } mm ? options with { MissingMembers = mm } : options;
            options = parse.GetValue(missingFunctions) is { } mf ? options with { MissingFunctions = mf } : options;
            var clock = Stopwatch.StartNew();
            var network = CaseGenerator.Generate(options);
            var target = parse.GetValue(outDir)!;
            DatasetWriter.Write(network, target);
            Console.Error.WriteLine($"netan: wrote {network.AgentCount} agents, {network.TransactionCount} transactions, {network.GroupCount} groups to {target} in {clock.Elapsed.TotalSeconds:0.0} s");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
