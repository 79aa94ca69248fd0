using System.Globalization;
using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Application.Costs;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Options;

/// <summary>
/// The one table of option ranges, defaults and applicability for every analysis (docs/robustness.md
/// prints it). The CLI maps its <c>--name</c> options onto these rules before a command runs; the
/// service checks its request fields against the same rules, so the messages are the same.
/// </summary>
/// <remarks>
/// Upper bounds keep work and memory bounded (a PageRank of 2^31 iterations, a 1,000-hop search);
/// where the bound is a cost rather than a meaning, it is chosen well above any real case.
/// </remarks>
public static class OptionRules
{
    /// <summary>Most threads any analysis accepts.</summary>
    public const int MaxThreads = 1024;

    /// <summary>Most iterations of any iterative method (PageRank, eigenvector, Katz, Leiden, label propagation).</summary>
    public const int MaxIterations = 100_000;

    /// <summary>Most rows any ranking prints (<c>--top</c>, <c>--max</c>).</summary>
    public const int MaxRows = 10_000_000;

    /// <summary>Most hops any path, trace or neighbourhood search follows.</summary>
    public const int MaxHops = 64;

    private static readonly string[] IterativeMeasures = ["pagerank", "eigenvector", "katz"];

    private static readonly OptionRule[] _all =
    [
        // centrality: the selector is --measure.
        Measure("damping", "0.85", 0, 1, "pagerank"),
        Measure("alpha", "0.1", 0, 1, "katz") with { MinimumExclusive = true },
        Measure("iterations", "100 (pagerank, eigenvector), 1000 (katz)", 1, MaxIterations, IterativeMeasures),
        Measure("tolerance", "1e-6", 0, 1, IterativeMeasures) with { MinimumExclusive = true },
        Measure("samples", "all nodes (exact)", 1, int.MaxValue, "betweenness", "edge-betweenness"),
        Measure("seed", "42", long.MinValue, long.MaxValue, "betweenness", "edge-betweenness"),
        Measure("sources", "all nodes", null, null, "betweenness", "pagerank"),
        Measure("targets", "all nodes", null, null, "betweenness"),
        Measure("distance", "unit (or weight with --weighted)", null, null, "betweenness", "edge-betweenness", "closeness", "harmonic"),
        Measure("weighted", "false", null, null, "betweenness", "edge-betweenness", "closeness", "harmonic", "pagerank", "eigenvector", "katz"),
        Measure("normalized", "true (betweenness, closeness, katz), false (degree, strength, harmonic)", null, null, "degree", "strength", "betweenness", "edge-betweenness", "closeness", "harmonic", "katz"),
        Measure("direction", "all (degree, kcore), in (closeness, harmonic, eigenvector, katz)", null, null, "degree", "strength", "closeness", "harmonic", "eigenvector", "katz", "kcore"),
        Rule("centrality", "top", "every node", 1, MaxRows),
        Rule("centrality", "threads", "all cores", 1, MaxThreads),

        // communities: the selector is --method.
        Method("resolution", "1", 0, 1e6, "louvain", "leiden"),
        Method("quality", "modularity", null, null, "leiden"),
        Method("seed", "0", int.MinValue, int.MaxValue, "louvain", "leiden", "labelprop"),
        Method("iterations", "10 (leiden), 20 (labelprop, cdlp)", 1, MaxIterations, "leiden", "labelprop", "cdlp"),
        Rule("communities", "threads", "all cores", 1, MaxThreads),
        Rule("structure", "threads", "all cores", 1, MaxThreads),

        Rule("analyze", "top", "10", 1, 10_000),
        Rule("analyze", "threads", "all cores", 1, MaxThreads),
        Rule("classify", "threads", "all cores", 1, MaxThreads),
        Rule("evaluate", "threads", "all cores", 1, MaxThreads),

        Rule("generate", "groups", "20", 1, 100_000),
        Rule("generate", "seed", "1", long.MinValue, long.MaxValue),
        Rule("generate", "transnational-share", "0.4", 0, 1),
        Rule("generate", "scale", "1", 0, 1000) with { MinimumExclusive = true },
        Rule("generate", "noise", "0.05", 0, 1),
        Rule("generate", "missing-members", "0.05", 0, 1) with { MaximumExclusive = true },
        Rule("generate", "missing-functions", "0.15", 0, 1),

        Rule("functions", "hops", "1", 1, MaxHops),
        Rule("brokers", "top", "50", 1, MaxRows),
        Rule("upperworld", "gateways", "false", null, null) with { Selector = "links", AppliesTo = ["false"] },
        Rule("upperworld", "hops", "4", 1, MaxHops),
        Rule("upperworld", "top", "100", 1, MaxRows),
        Rule("keyplayers", "k", "5", 1, KeyPlayerOptions.Default.MaxResults),
        Rule("keyplayers", "reach", "1", 1, MaxHops) with { Selector = "positive", AppliesTo = ["true"] },
        Rule("keyplayers", "seed", "0", int.MinValue, int.MaxValue) with { Selector = "positive", AppliesTo = ["false"] },
        Rule("disrupt", "steps", "10", 1, DisruptionAnalysisOptions.Default.MaxResults),
        Rule("ego", "hops", "1", 0, MaxHops),
        Rule("ego", "max", "500", 1, MaxRows),
        Rule("paths", "k", "1", 1, PathQueryOptions.Default.MaxResults) with { Selector = "time-respecting", AppliesTo = ["false"] },
        Rule("paths", "length", "unit", null, null) with { Selector = "time-respecting", AppliesTo = ["false"] },
        Rule("paths", "strongest", "false", null, null) with { Selector = "length", AppliesTo = ["unit", "inverse"] },
        Rule("paths", "time-respecting", "false", null, null) with { Selector = "strongest", AppliesTo = ["false"] },
        Rule("paths", "hops", "6", 1, MaxHops),
        Rule("trace", "hops", "5", 1, MaxHops),
        Rule("trace", "top", "100", 1, MaxRows),
        Rule("trace", "amount", "every transfer in full", 0, (double)QuantityLimits.MaxAmount) with { MinimumExclusive = true },
        Rule("cycles", "max-length", "4", 2, 12),
        Rule("cycles", "top", "100", 1, MaxRows),
    ];

    /// <summary>The commands whose cost is estimated before they run (they take <c>--max-memory</c> and <c>--max-seconds</c>).</summary>
    public static IReadOnlyList<string> GuardedCommands { get; } =
        ["centrality", "communities", "structure", "analyze", "functions", "brokers", "upperworld", "keyplayers", "disrupt", "ego", "paths", "trace", "cycles"];

    /// <summary>Every rule, in the order documented.</summary>
    public static IReadOnlyList<OptionRule> All { get; } =
    [
        .. _all,
        .. GuardedCommands.SelectMany(c => new[]
        {
            Rule(c, "max-memory", $"{CostLimits.DefaultMaxMemoryMiB} (MB)", 16, 16 * 1024 * 1024),
            Rule(c, "max-seconds", $"{CostLimits.DefaultMaxSeconds}", 1, 30 * 86_400),
        }),
    ];

    /// <summary>The rule of option <paramref name="option"/> (no dashes) of <paramref name="command"/>, or null when it has none.</summary>
    public static OptionRule? Find(string command, string option)
    {
        foreach (var rule in All)
        {
            if (rule.Command == command && rule.Name == option)
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>Checks a numeric value of <paramref name="option"/> of <paramref name="command"/>; no-op when the option has no range.</summary>
    /// <exception cref="OptionException">The value is out of range.</exception>
    public static void Check(string command, string option, double value)
    {
        if (Find(command, option) is { IsNumeric: true } rule)
        {
            rule.CheckValue(value);
        }
    }

    /// <summary>
    /// Checks the options a request gives explicitly, in order, before any work starts: that each
    /// applies to the value of its selector (given, or a flag's default <c>false</c>) and, when
    /// numeric, that its value is in range. Both hosts call this with what they parsed (the CLI from
    /// its command line, the service from the request body), so the messages are the same. A flag
    /// given as <c>false</c> counts as not given. O(given × rules).
    /// </summary>
    /// <param name="command">The analysis (CLI command), e.g. <c>centrality</c>.</param>
    /// <param name="given">Option name (no dashes) and parsed value: a number (int, long, double, decimal), bool or text.</param>
    /// <exception cref="OptionException">The first option that does not apply or is out of range.</exception>
    public static void CheckRequest(string command, IReadOnlyList<KeyValuePair<string, object?>> given)
    {
        ArgumentNullException.ThrowIfNull(given);
        foreach (var (name, value) in given)
        {
            if (value is null or false || Find(command, name) is not { } rule)
            {
                continue;
            }

            if (rule.Selector is { } selector)
            {
                rule.CheckApplies(SelectorValue(given, selector) ?? rule.SelectorDefault);
            }

            if (rule.IsNumeric && Number(value) is { } number)
            {
                rule.CheckValue(number);
            }
        }
    }

    /// <summary>
    /// The exception for option text that did not parse as the option's type (<paramref name="whole"/>:
    /// a whole number; otherwise a number): when it is a number after all, only outside the range of
    /// the type the host parses into (<c>99999999999</c> for an int option), the rule's range message,
    /// as for any other value out of range; otherwise "'text' is not a (whole) number".
    /// </summary>
    public static OptionException Unparsable(string command, string option, string text, bool whole)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && (!whole || Math.Floor(number) == number))
        {
            // A host parsing decimals without exponents (the CLI's amounts) refuses 1e5 although it is in range.
            return Find(command, option)?.OutOfRange(number)
                ?? new OptionException(option, $"'{text}' is not {(whole ? "a whole number" : "a number in plain notation (e.g. 1500.50)")}");
        }

        return new OptionException(option, $"'{text}' is not {(whole ? "a whole number" : "a number")}");
    }

    private static string? SelectorValue(IReadOnlyList<KeyValuePair<string, object?>> given, string selector)
    {
        foreach (var (name, value) in given)
        {
            if (name == selector && value is not null)
            {
                return Convert.ToString(value, CultureInfo.InvariantCulture)!.ToLowerInvariant();
            }
        }

        return null;
    }

    private static double? Number(object value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        // Through the text: decimal's own conversion to double is not correctly rounded, and the value shown must be the one typed.
        decimal m => double.Parse(m.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>
    /// Checks one option of a request as given (null: not given, nothing to check): that it applies
    /// to <paramref name="selectorValue"/> and, when numeric, that <paramref name="value"/> is in range.
    /// </summary>
    /// <exception cref="OptionException">The option does not apply or is out of range.</exception>
    public static void CheckGiven(string command, string? selectorValue, string option, double? value)
    {
        if (value is not { } given || Find(command, option) is not { } rule)
        {
            return;
        }

        rule.CheckApplies(selectorValue);
        if (rule.IsNumeric)
        {
            rule.CheckValue(given);
        }
    }

    private static OptionRule Rule(string command, string name, string defaultValue, double? minimum, double? maximum) =>
        new() { Command = command, Name = name, Default = defaultValue, Minimum = minimum, Maximum = maximum };

    private static OptionRule Measure(string name, string defaultValue, double? minimum, double? maximum, params string[] measures) =>
        Rule("centrality", name, defaultValue, minimum, maximum) with { Selector = "measure", AppliesTo = measures };

    private static OptionRule Method(string name, string defaultValue, double? minimum, double? maximum, params string[] methods) =>
        Rule("communities", name, defaultValue, minimum, maximum) with { Selector = "method", AppliesTo = methods };
}
