namespace NetworkAnalysis.Application.Options;

/// <summary>
/// A request option with a value the analysis cannot take: unknown, of the wrong type, out of its
/// documented range, not applicable to the chosen measure, excluded by another option, or naming
/// something that does not exist (an unwritable format). The one exception every host turns into a
/// usage error with the same text: the CLI prints <c>netan: </c> + <see cref="Exception.Message"/> and
/// exits 2; the service answers 400 with the message as the problem's detail and
/// <see cref="Option"/> as its field.
/// </summary>
public sealed class OptionException : ArgumentException
{
    /// <summary>Creates the exception for option <paramref name="option"/>; the message is <c>--option: problem</c>.</summary>
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
