using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic;

/// <summary>
/// Generates realistic synthetic criminal transaction networks for testing, demonstrations and the
/// evaluation of the group classifier: small enterprise-type and large transnational groups with their
/// members, migrants and victims, outside specialists, officials and businesses, and the transactions
/// between them (the model, and the DOMAIN.md sentence behind each part of it, is in docs/generator.md).
/// </summary>
/// <remarks>
/// <para>Deterministic: the same options (including <see cref="CaseGeneratorOptions.Seed"/>) give an
/// identical network, agent for agent and transaction for transaction, on every run and thread count;
/// the random source is the generator's own (xoshiro256**), not <see cref="Random"/>. Amounts and times
/// go through <see cref="Math.Exp(double)"/> and <see cref="Math.Log(double)"/>, so another CPU
/// architecture could in rare cases round one differently.</para>
/// <para>Agents get opaque ids (<c>A00001</c>, in a shuffled order), transactions ids in time order
/// (<c>T000001</c>), groups <c>G001</c>... Officials carry a <c>role</c> attribute and businesses a
/// <c>sector</c> attribute. Single-threaded; about a million transactions take a few seconds.</para>
/// </remarks>
public static class CaseGenerator
{
    /// <summary>Generates a network as described by <paramref name="options"/> (defaults when null).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is outside its documented range.</exception>
    public static TransactionNetwork Generate(CaseGeneratorOptions? options = null)
    {
        options ??= new CaseGeneratorOptions();
        Validate(options);
        var seed = options.Seed;
        var draft = new CaseDraft(options.Start, (long)options.Span.TotalMinutes);
        var pool = new SpecialistPool(draft, Rng.Fork(seed, 1), options.Groups);
        var plans = new GroupPlanner(draft, pool, Rng.Fork(seed, 2), options.Shapes).Plan(options.Groups, options.TransnationalShare);

        // Rosters first (partners need each other's), then the activity, each group on its own stream.
        var groups = new List<GroupActivity>(plans.Count);
        foreach (var plan in plans)
        {
            groups.Add(new GroupActivity(draft, plan, Rng.Fork(seed, 1000UL + (ulong)plan.Index), options.Scale));
        }

        foreach (var group in groups)
        {
            group.Draw(groups);
        }

        CaseNoise.DropMembers(draft, plans, options.MissingMembers, Rng.Fork(seed, 3));
        CaseNoise.Record(draft, options.Noise, Rng.Fork(seed, 4));
        CaseNoise.BlankFunctions(draft, options.MissingFunctions, Rng.Fork(seed, 5));
        return CaseAssembly.Build(draft, plans, options.Labels, Rng.Fork(seed, 6));
    }

    private static void Validate(CaseGeneratorOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        Check(o.Groups is >= 1 and <= 100_000, nameof(o.Groups), o.Groups, "must be in [1, 100000]");
        Check(o.TransnationalShare is >= 0 and <= 1, nameof(o.TransnationalShare), o.TransnationalShare, "must be in [0, 1]");
        Check(o.Noise is >= 0 and <= 1, nameof(o.Noise), o.Noise, "must be in [0, 1]");
        Check(o.MissingMembers is >= 0 and < 1, nameof(o.MissingMembers), o.MissingMembers, "must be in [0, 1)");
        Check(o.MissingFunctions is >= 0 and <= 1, nameof(o.MissingFunctions), o.MissingFunctions, "must be in [0, 1]");
        Check(o.Span >= TimeSpan.FromDays(90) && o.Span <= TimeSpan.FromDays(100 * 365), nameof(o.Span), o.Span, "must be between 90 days and 100 years");
        Check(o.Scale is > 0 and <= 1000, nameof(o.Scale), o.Scale, "must be in (0, 1000]");
        Check(Enum.IsDefined(o.Labels), nameof(o.Labels), o.Labels, "is not a defined value");
        ArgumentNullException.ThrowIfNull(o.Shapes);
        o.Shapes.Validate();
    }

    private static void Check(bool ok, string name, object value, string message)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} {message}");
        }
    }
}
