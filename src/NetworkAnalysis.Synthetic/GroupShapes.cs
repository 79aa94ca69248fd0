namespace NetworkAnalysis.Synthetic;

/// <summary>
/// How varied the generated groups of each type are (<see cref="CaseGeneratorOptions.Shapes"/>): the
/// shares of groups drawn with a less typical shape that the typology still allows. The defaults are
/// the generator's original draws (every share of a new shape 0), so a default dataset is unchanged.
/// </summary>
/// <remarks>
/// The typology (DOMAIN.md §4, working paper ¶4–7) allows small enterprise-type groups that are
/// long-lived but sporadic, that run continuously for a while, or whose few members do many functions
/// themselves (¶4: "an individual can act as recruiter, transporter or protector and perform many other
/// functions, which limits the number of offenders"); and transnational groups observed over a short
/// time. Training data that never contains them teaches a classifier that duration and function count
/// mean "transnational" (issue 16). Every share is in [0, 1].
/// </remarks>
public sealed record GroupShapes
{
    /// <summary>The generator's original shapes.</summary>
    public static GroupShapes Default { get; } = new();

    /// <summary>Share of small groups with 9–16 members instead of 3–8; default 0.12.</summary>
    public double SmallLarger { get; init; } = 0.12;

    /// <summary>
    /// Share of small groups active over 18–72 months, still in a few short bursts (sporadic, ¶6:
    /// "only sporadically engaged in smuggling or trafficking"); default 0.
    /// </summary>
    public double SmallLongLived { get; init; }

    /// <summary>Share of small groups that work steadily through their (months-long) life instead of in bursts; default 0.</summary>
    public double SmallSteady { get; init; }

    /// <summary>
    /// Share of small groups whose members do many functions themselves: harbouring, protection
    /// (escort, guarding), debt collection, and recruitment with transport; default 0. They still buy
    /// forgery and laundering from outside (¶5).
    /// </summary>
    public double SmallManyFunctions { get; init; }

    /// <summary>Share of transnational groups that are "smallish" (7–15 members, one short route, fewer services); default 0.15.</summary>
    public double TransnationalSmallish { get; init; } = 0.15;

    /// <summary>Share of transnational groups with few upperworld links (0–1 officials, no fronts); default 0.2.</summary>
    public double TransnationalDiscreet { get; init; } = 0.2;

    /// <summary>Share of transnational groups seen active for only 6–15 months (a short operation or a short intercept); default 0.</summary>
    public double TransnationalShortLived { get; init; }

    internal void Validate()
    {
        foreach (var (name, value) in new[]
        {
            (nameof(SmallLarger), SmallLarger), (nameof(SmallLongLived), SmallLongLived), (nameof(SmallSteady), SmallSteady),
            (nameof(SmallManyFunctions), SmallManyFunctions), (nameof(TransnationalSmallish), TransnationalSmallish),
            (nameof(TransnationalDiscreet), TransnationalDiscreet), (nameof(TransnationalShortLived), TransnationalShortLived),
        })
        {
            if (value is not (>= 0 and <= 1))
            {
                throw new ArgumentOutOfRangeException(name, value, $"Shapes.{name} must be in [0, 1]");
            }
        }
    }
}
