using CsCheck;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

/// <summary>
/// Every writer/reader pair on generated networks: what is read back equals what was written, modulo
/// what the format cannot carry (and then the writer warned).
/// </summary>
public class RoundTripTests
{
    /// <summary>Formats that carry every field of agents and transactions.</summary>
    public static readonly string[] FullFormats = ["graphml", "gexf", "graphology", "cytoscape"];

    [TestCaseSource(nameof(FullFormats))]
    public void WriteThenRead_FullFormat_GivesTheSameAgentsAndTransactions(string format)
    {
        NetworkGen.Network.Sample(network =>
        {
            var result = RoundTrip.Run(format, network, NetworkGen.Reveal, out var warnings);
            result.Directed.Should().BeTrue();
            result.Network.Agents.Should().Equal(network.Agents);
            result.Network.Transactions.Should().Equal(network.Transactions);
            result.Network.Groups.Select(g => g.Id).Should().Equal(network.Groups.Select(g => g.Id));
            warnings.Should().BeEmpty();
            result.Warnings.Should().BeEmpty();
        }, iter: 300, print: RoundTrip.Describe);
    }

    [TestCaseSource(nameof(FullFormats))]
    public void WriteThenRead_Undirected_ReadsUndirected(string format)
    {
        NetworkGen.Network.Sample(network =>
        {
            var result = RoundTrip.Run(format, network, NetworkGen.Reveal with { Directed = false }, out _);
            result.Directed.Should().BeFalse();
            result.Network.Transactions.Should().Equal(network.Transactions);
        }, iter: 50, print: RoundTrip.Describe);
    }

    [Test]
    public void WriteThenRead_Pajek_KeepsIdsAndWeightsAndWarnsAboutTheRest()
    {
        NetworkGen.Network.Sample(network =>
        {
            var result = RoundTrip.Run("pajek", network, NetworkGen.Reveal, out var warnings);
            var (agents, transactions) = Expected.Pajek(network);
            result.Directed.Should().BeTrue();
            result.Network.Agents.Should().Equal(agents);
            result.Network.Transactions.Should().Equal(transactions);
            if (network.Agents.Any(a => a.Name is not null))
            {
                warnings.Should().Contain(w => w.StartsWith("Pajek cannot carry agent names;", StringComparison.Ordinal));
            }

            if (network.Transactions.Any(t => t.Time is not null))
            {
                warnings.Should().Contain(w => w.StartsWith("Pajek cannot carry transaction time;", StringComparison.Ordinal));
            }
        }, iter: 300, print: RoundTrip.Describe);
    }

    [Test]
    public void WriteThenRead_PajekUndirected_ReadsUndirected()
    {
        NetworkGen.Network.Sample(network =>
        {
            var result = RoundTrip.Run("pajek", network, NetworkGen.Reveal with { Directed = false }, out _);
            result.Directed.Should().BeFalse();
            result.Network.Transactions.Should().Equal(Expected.Pajek(network).Transactions);
        }, iter: 50, print: RoundTrip.Describe);
    }
}
