namespace NetworkAnalysis.Benchmarks;

/// <summary>Side-by-side runners by name. Each returns a process exit code.</summary>
internal static class Runners
{
    public static readonly IReadOnlyDictionary<string, Func<string[], int>> All =
        new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
        {
            // Add runners here: ["name"] = SomeRunner.Run,
            ["analytics"] = AnalyticsRunner.Run,
            ["load"] = LoadRunner.Run,
            ["centrality"] = CentralityRunner.Run,
            ["communities"] = CommunityRunner.Run,
            ["formats"] = FormatsRunner.Run,
            ["classify"] = ClassificationRunner.Run,
            ["classify-quality"] = ClassificationQualityRunner.Run,
            ["store"] = StoreRunner.Run,
            ["serve-load"] = ServeLoadRunner.Run,
            ["classify-train"] = TypologyTrainingRunner.Run,
        };
}
