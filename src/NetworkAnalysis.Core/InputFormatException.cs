using System.Text;

namespace NetworkAnalysis.Core;

/// <summary>
/// The one exception for every problem in user input across the product (data files, in-memory
/// networks that fail validation). Lists each problem with its file, line and column.
/// </summary>
public sealed class InputFormatException : Exception
{
    /// <summary>The most problems kept and listed in the message; readers stop after this many.</summary>
    public const int MaxListedProblems = 20;

    /// <summary>Creates the exception for <paramref name="problems"/> (at most <see cref="MaxListedProblems"/> are kept).</summary>
    /// <param name="problems">The problems found, in the order found.</param>
    /// <param name="totalProblems">How many problems were found in all (at least <paramref name="problems"/>' count).</param>
    /// <param name="stoppedEarly">True when the reader stopped looking after <see cref="MaxListedProblems"/> problems.</param>
    public InputFormatException(IReadOnlyList<InputProblem> problems, int totalProblems, bool stoppedEarly = false)
        : base(BuildMessage(problems, totalProblems, stoppedEarly))
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = problems.Take(MaxListedProblems).ToArray();
        TotalProblems = Math.Max(totalProblems, problems.Count);
        StoppedEarly = stoppedEarly;
    }

    /// <summary>Creates the exception for one problem.</summary>
    public InputFormatException(InputProblem problem)
        : this([problem ?? throw new ArgumentNullException(nameof(problem))], 1)
    {
    }

    /// <summary>Creates the exception for one problem with the exception that revealed it (e.g. an I/O error).</summary>
    public InputFormatException(InputProblem problem, Exception innerException)
        : base(BuildMessage([problem ?? throw new ArgumentNullException(nameof(problem))], 1, false), innerException)
    {
        Problems = [problem];
        TotalProblems = 1;
    }

    /// <summary>The first problems found (at most <see cref="MaxListedProblems"/>), in the order found.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>How many problems were found in all.</summary>
    public int TotalProblems { get; }

    /// <summary>True when the reader stopped after <see cref="MaxListedProblems"/> problems, so there may be more.</summary>
    public bool StoppedEarly { get; }

    private static string BuildMessage(IReadOnlyList<InputProblem> problems, int total, bool stoppedEarly)
    {
        ArgumentNullException.ThrowIfNull(problems);
        total = Math.Max(total, problems.Count);
        var text = new StringBuilder();
        text.Append(total == 1 ? "1 problem in the input" : $"{total} problems in the input");
        text.Append(stoppedEarly ? " (stopped looking after the first " + MaxListedProblems + "):" : ":");
        var listed = Math.Min(problems.Count, MaxListedProblems);
        for (var i = 0; i < listed; i++)
        {
            text.Append('\n').Append("  ").Append(problems[i]);
        }

        if (total > listed)
        {
            text.Append('\n').Append($"  ... and {total - listed} more");
        }

        return text.ToString();
    }
}
