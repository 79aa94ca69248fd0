namespace NetworkAnalysis.Cli.Output;

/// <summary>Table output formats of the analysis commands.</summary>
internal enum OutputFormat
{
    Tsv,
    Csv,
    Json,
}
