namespace NetworkAnalysis.Cli;

/// <summary>Process exit codes of <c>netan</c>.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Bad input: a file that cannot be read or is malformed, an output that cannot be written, an analysis without a result.</summary>
    public const int BadInput = 1;

    /// <summary>Usage: unknown command or option, an option value out of its range or not applicable.</summary>
    public const int Usage = 2;

    /// <summary>An unexpected failure (a bug), reported with an incident id; the same code as any failed run so scripts need only 0, 1 and 2.</summary>
    public const int Internal = 1;

    public const int Cancelled = 130;
}
