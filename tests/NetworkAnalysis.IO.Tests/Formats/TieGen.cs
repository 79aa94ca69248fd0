using CsCheck;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Tests.Formats;

/// <summary>Adds generated ties to the networks of <see cref="NetworkGen"/>, for the formats that carry ties.</summary>
internal static class TieGen
{
    private static readonly DateTimeOffset Origin = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Gen<(int Source, int Target, TieKind Kind, bool HasId, int Start, int Length, bool Note, string Text)> Spec =
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Enum<TieKind>(), Gen.Bool, Gen.Int[-1, 9000], Gen.Int[-1, 4000], Gen.Bool, NetworkGen.Text);

    /// <summary>Networks of <see cref="NetworkGen.Network"/> with up to 8 ties between their agents.</summary>
    public static readonly Gen<TransactionNetwork> Network = Gen.Select(NetworkGen.Network, Spec.Array[0, 8], With);

    /// <summary>A copy of <paramref name="network"/> with ties from <paramref name="specs"/> added.</summary>
    public static TransactionNetwork With(TransactionNetwork network, (int Source, int Target, TieKind Kind, bool HasId, int Start, int Length, bool Note, string Text)[] specs)
    {
        var builder = new TransactionNetworkBuilder();
        foreach (var agent in network.Agents)
        {
            builder.AddAgent(agent);
        }

        foreach (var t in network.Transactions)
        {
            builder.AddTransaction(t);
        }

        foreach (var g in network.Groups)
        {
            builder.AddGroup(g);
        }

        if (network.AgentCount > 0)
        {
            for (var i = 0; i < specs.Length; i++)
            {
                var s = specs[i];
                DateTimeOffset? start = s.Start < 0 ? null : Origin.AddDays(s.Start);
                DateTimeOffset? end = s.Length < 0 ? null : (start ?? Origin).AddDays(s.Length);
                builder.AddTie(new Tie(network.Agents[s.Source % network.AgentCount].Id, network.Agents[s.Target % network.AgentCount].Id, s.Kind)
                {
                    Id = s.HasId ? $"tie{i}:{s.Text}".Trim() : null,
                    Start = start,
                    End = end,
                    Attributes = s.Note ? new Dictionary<string, string> { ["relationship"] = s.Text } : null!,
                });
            }
        }

        return builder.Build();
    }
}
