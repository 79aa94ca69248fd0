using CsCheck;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

public class GraphMLFormatTests
{
    [Test]
    public void Write_ThenRead_GivesTheSameNetwork()
    {
        NetworkGen.Network.Sample(network =>
        {
            var result = RoundTrip.Run("graphml", network, NetworkGen.Reveal, out var warnings);
            result.Directed.Should().BeTrue();
            result.Network.Agents.Should().Equal(network.Agents);
            result.Network.Transactions.Should().Equal(network.Transactions);
            warnings.Should().BeEmpty();
        }, iter: 300, print: RoundTrip.Describe);
    }
}
