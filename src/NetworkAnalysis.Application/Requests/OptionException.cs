namespace NetworkAnalysis.Application.Requests;

/// <summary>
/// An option value that is not allowed: unknown, of the wrong type, out of range, or excluded by another
/// option. <see cref="Exception.Message"/> is the one-line text every host shows (the CLI after
/// <c>netan: </c>, the service as the problem's detail); <see cref="Field"/> names the option.
/// </summary>
public sealed class OptionException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="field"/> (the option's name without dashes).</summary>
    public OptionException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>The option's name without leading dashes, e.g. <c>top</c>.</summary>
    public string Field { get; }
}
