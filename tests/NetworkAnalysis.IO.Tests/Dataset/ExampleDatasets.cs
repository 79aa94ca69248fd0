namespace NetworkAnalysis.IO.Tests.Dataset;

/// <summary>The example datasets copied next to the test assembly.</summary>
internal static class ExampleDatasets
{
    public static string Tiny => Path.Combine(AppContext.BaseDirectory, "Dataset", "Examples", "tiny");
}
