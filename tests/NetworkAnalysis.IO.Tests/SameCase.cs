using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Tests;

/// <summary>Asserts that two networks hold equal records in the same order, endpoints included.</summary>
internal static class SameCase
{
    public static void Check(TransactionNetwork actual, TransactionNetwork expected)
    {
        actual.Agents.Should().Equal(expected.Agents);
        actual.Transactions.Should().Equal(expected.Transactions);
        actual.TransactionSources.ToArray().Should().Equal(expected.TransactionSources.ToArray());
        actual.TransactionTargets.ToArray().Should().Equal(expected.TransactionTargets.ToArray());
        actual.Ties.Should().Equal(expected.Ties);
        actual.TieSources.ToArray().Should().Equal(expected.TieSources.ToArray());
        actual.TieTargets.ToArray().Should().Equal(expected.TieTargets.ToArray());
    }
}
