namespace NetworkAnalysis.Application.Options;

/// <summary>
/// A request option with a value the analysis cannot take: out of its documented range, not
/// applicable to the chosen measure, or naming something that does not exist (an unwritable format).
/// Hosts show it as a usage error (the CLI exits 2; the service answers 400 with the same text).
/// </summary>
public sealed class OptionException : Exception
{
    /// <summary>Creates the exception for option <paramref name="option"/>.</summary>
    /// <param name="option">The option's name without dashes, as in the option table (e.g. <c>damping</c>).</param>
    /// <param name="problem">What is wrong, in plain words, e.g. "must be between 0 and 1 (got -1)".</param>
    public OptionException(string option, string problem)
        : base($"--{option}: {problem}")
    {
        Option = option;
        Problem = problem;
    }

    /// <summary>The option's name without dashes.</summary>
    public string Option { get; }

    /// <summary>What is wrong with its value.</summary>
    public string Problem { get; }
}
