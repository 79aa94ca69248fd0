namespace NetworkAnalysis.Engine.Centrality;

/// <summary>
/// Thrown when a power iteration (PageRank, eigenvector, Katz) does not reach its tolerance within the
/// allowed iterations (NetworkX raises <c>PowerIterationFailedConvergence</c> in the same case).
/// </summary>
public sealed class NotConvergedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NotConvergedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public NotConvergedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public NotConvergedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an iteration that stopped after <paramref name="iterations"/> steps with L1 change <paramref name="error"/>.</summary>
    public NotConvergedException(string algorithm, int iterations, double error, double threshold)
        : base($"{algorithm} did not converge in {iterations} iterations (last L1 change {error:G6}, needed < {threshold:G6}); raise the iteration limit or the tolerance")
    {
        Iterations = iterations;
        Error = error;
    }

    /// <summary>Iterations run.</summary>
    public int Iterations { get; }

    /// <summary>L1 change of the last iteration.</summary>
    public double Error { get; }
}
