namespace NetworkAnalysis.Engine.Centrality;

/// <summary>The stop test of the power iterations, one definition for PageRank, eigenvector and Katz.</summary>
internal static class Convergence
{
    /// <summary>The default tolerance of <see cref="ConvergenceRule.Relative"/>.</summary>
    public const double RelativeTolerance = 1e-10;

    /// <summary>NetworkX's default tolerance (per node).</summary>
    public const double NetworkXTolerance = 1e-6;

    /// <summary>The largest L1 change accepted under <paramref name="rule"/>, for a vector of <paramref name="n"/> nodes and L1 norm <paramref name="size"/>.</summary>
    public static double Threshold(ConvergenceRule rule, double tolerance, int n, double size) => rule switch
    {
        ConvergenceRule.NetworkX => n * tolerance,
        _ => tolerance * size,
    };

    /// <summary>Checks that a tolerance is a positive finite number (0 would never stop).</summary>
    public static void Validate(double tolerance, string parameter)
    {
        if (!(tolerance > 0) || double.IsPositiveInfinity(tolerance))
        {
            throw new ArgumentOutOfRangeException(parameter, tolerance, "the convergence tolerance must be a positive number");
        }
    }
}
