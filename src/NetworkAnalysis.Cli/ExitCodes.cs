namespace NetworkAnalysis.Cli;

/// <summary>Process exit codes of <c>netan</c>.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
}
