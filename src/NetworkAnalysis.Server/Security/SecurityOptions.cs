namespace NetworkAnalysis.Server.Security;

/// <summary>Security settings, bound from <c>Netan:Security</c> (e.g. <c>Netan__Security__RequestsPerMinute=600</c>).</summary>
public sealed class SecurityOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Netan:Security";

    /// <summary>Requests one identity may make per minute (token bucket, default 600).</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Burst above the steady rate (default 100 requests).</summary>
    public int Burst { get; set; } = 100;

    /// <summary>Failed logins from one address per minute before every further attempt is refused unchecked (default 10).</summary>
    public int FailedLoginsPerMinute { get; set; } = 10;

    /// <summary>Delay added to each failed login, in milliseconds (default 250).</summary>
    public int FailedLoginDelayMilliseconds { get; set; } = 250;

    /// <summary>Longest unmask grant, in minutes (default 240; the default grant is 60).</summary>
    public int MaxUnmaskMinutes { get; set; } = 240;
}
