namespace NetworkAnalysis.Engine.Brokerage;

/// <summary>
/// Gould-Fernandez brokerage of every node: the raw count of each <see cref="BrokerageRole"/>, and
/// the mean and standard deviation of that count expected by chance (R <c>sna::brokerage</c>'s
/// <c>raw.nli</c>, <c>exp.nli</c> and <c>sd.nli</c>). Immutable.
/// </summary>
public sealed class BrokerageRoles
{
    /// <summary>The number of roles (five).</summary>
    public const int RoleCount = 5;

    private readonly long[] _counts;
    private readonly double[] _expectedByClass;
    private readonly double[] _sdByClass;
    private readonly int[] _classOf;

    internal BrokerageRoles(int nodeCount, long[] counts, int[] classOf, double[] expectedByClass, double[] sdByClass, double density, int orderedTies)
    {
        NodeCount = nodeCount;
        _counts = counts;
        _classOf = classOf;
        _expectedByClass = expectedByClass;
        _sdByClass = sdByClass;
        Density = density;
        OrderedTies = orderedTies;
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount { get; }

    /// <summary>The density <c>d = m / (n (n − 1))</c> used for the expected values (m = <see cref="OrderedTies"/>).</summary>
    public double Density { get; }

    /// <summary>The number of ordered pairs (i, k), i ≠ k, with a tie i → k (an undirected tie counts twice).</summary>
    public int OrderedTies { get; }

    /// <summary>How many open two-paths <paramref name="node"/> brokers in <paramref name="role"/>.</summary>
    public long Count(int node, BrokerageRole role) => _counts[(node * RoleCount) + (int)role];

    /// <summary>The total number of open two-paths <paramref name="node"/> brokers (all roles).</summary>
    public long Total(int node)
    {
        long sum = 0;
        for (var r = 0; r < RoleCount; r++)
        {
            sum += _counts[(node * RoleCount) + r];
        }

        return sum;
    }

    /// <summary>
    /// The count of <paramref name="role"/> expected for <paramref name="node"/> if ties were placed at random with
    /// the observed density, given the sizes of the groups (Gould and Fernandez 1989, as in <c>sna::brokerage</c>'s <c>exp.nli</c>).
    /// </summary>
    public double Expected(int node, BrokerageRole role) => _expectedByClass[(_classOf[node] * (RoleCount + 1)) + (int)role];

    /// <summary>The expected total brokerage of <paramref name="node"/>: <c>d²(1 − d)(n − 1)(n − 2)</c>.</summary>
    public double ExpectedTotal(int node) => _expectedByClass[(_classOf[node] * (RoleCount + 1)) + RoleCount];

    /// <summary>The standard deviation of the count of <paramref name="role"/> under the same null model (<c>sd.nli</c>).</summary>
    public double StandardDeviation(int node, BrokerageRole role) => _sdByClass[(_classOf[node] * (RoleCount + 1)) + (int)role];

    /// <summary>The z-score <c>(count − expected) / sd</c> (<c>z.nli</c>); NaN when the standard deviation is 0.</summary>
    public double Z(int node, BrokerageRole role)
    {
        var sd = StandardDeviation(node, role);
        return sd > 0 ? (Count(node, role) - Expected(node, role)) / sd : double.NaN;
    }
}
