using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Storage.Tests;

/// <summary>Equality of networks and projections as the rest of the test suite sees it.</summary>
internal static class NetworkAssert
{
    public static void Equal(TransactionNetwork actual, TransactionNetwork expected)
    {
        actual.AgentCount.Should().Be(expected.AgentCount);
        actual.TransactionCount.Should().Be(expected.TransactionCount);
        actual.Agents.Should().Equal(expected.Agents);
        actual.Transactions.Should().Equal(expected.Transactions);
        actual.Groups.Should().Equal(expected.Groups);
        actual.Ties.Should().Equal(expected.Ties);
        for (var t = 0; t < expected.TieCount; t++)
        {
            actual.Ties[t].Start?.Offset.Should().Be(expected.Ties[t].Start!.Value.Offset);
            actual.Ties[t].End?.Offset.Should().Be(expected.Ties[t].End!.Value.Offset);
        }

        for (var t = 0; t < expected.TransactionCount; t++)
        {
            // Offsets survive too, not only the instant DateTimeOffset equality compares.
            actual.Transactions[t].Time?.Offset.Should().Be(expected.Transactions[t].Time!.Value.Offset);
        }
    }

    public static void Identical(ProjectedGraph actual, ProjectedGraph expected)
    {
        actual.Ids.Should().Equal(expected.Ids);
        var a = actual.Graph;
        var e = expected.Graph;
        a.NodeCount.Should().Be(e.NodeCount);
        a.IsDirected.Should().Be(e.IsDirected);
        a.IsWeighted.Should().Be(e.IsWeighted);
        a.Offsets.ToArray().Should().Equal(e.Offsets.ToArray());
        a.Targets.ToArray().Should().Equal(e.Targets.ToArray());
        Bits(a.SlotWeights).Should().Equal(Bits(e.SlotWeights));
        a.EdgeSources.ToArray().Should().Equal(e.EdgeSources.ToArray());
        a.EdgeTargets.ToArray().Should().Equal(e.EdgeTargets.ToArray());
        Bits(a.EdgeWeights).Should().Equal(Bits(e.EdgeWeights));
        if (e.IsDirected)
        {
            a.InOffsets.ToArray().Should().Equal(e.InOffsets.ToArray());
            a.InSources.ToArray().Should().Equal(e.InSources.ToArray());
            Bits(a.InSlotWeights).Should().Equal(Bits(e.InSlotWeights));
        }
    }

    private static long[] Bits(ReadOnlySpan<double> values)
    {
        var bits = new long[values.Length];
        for (var i = 0; i < bits.Length; i++)
        {
            bits[i] = BitConverter.DoubleToInt64Bits(values[i]);
        }

        return bits;
    }
}
