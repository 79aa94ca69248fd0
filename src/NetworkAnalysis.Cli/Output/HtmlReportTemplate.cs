namespace NetworkAnalysis.Cli.Output;

/// <summary>The report page built by the front end (web/report.html with its script inlined), embedded at build time.</summary>
internal static class HtmlReportTemplate
{
    private const string ResourceName = "NetworkAnalysis.Cli.report-template.html";

    /// <summary>The template text.</summary>
    /// <exception cref="UsageException">This build of netan has no report page (built with -p:SkipWebBuild=true).</exception>
    public static string Load()
    {
        using var stream = typeof(HtmlReportTemplate).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new UsageException("--html is not available: this build of netan was made without the web front end (-p:SkipWebBuild=true)");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
