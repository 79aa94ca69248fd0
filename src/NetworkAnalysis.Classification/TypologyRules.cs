using NetworkAnalysis.Core;

namespace NetworkAnalysis.Classification;

/// <summary>
/// The rules-only baseline: a handful of plain indicators read straight from the typology, each with a
/// threshold fixed from the text (never fitted), combined by counting. A group is transnational when at
/// least half of the criteria that can be checked hold; the "probability" is the share that hold. It is
/// the bar the trained model must clear on every left-out configuration (docs/classification.md).
/// </summary>
public static class TypologyRules
{
    /// <summary>The criteria, in order: name, the test for "transnational", and the seed sentence.</summary>
    public static IReadOnlyList<(string Name, string Test, string Source)> Criteria { get; } =
    [
        ("many members", "members >= 10", "¶5 'only a few offenders' (two or three) against ¶7 'many criminals'"),
        ("wide geography", "effective_countries >= 4 or member_countries >= 3", "¶6 'particular countries ... they know well' against ¶7 'a wide geographic area'"),
        ("several destinations", "destinations >= 3", "¶7 'multiple routes to multiple destinations'"),
        ("ancillary services in-house", "laundering_in_house or forgery_in_house", "¶5 small groups do not launder money or forge documents themselves"),
        ("bribes officials", "officials_bribed >= 1", "¶7 'bribe government officials', 'government protection'"),
        ("other crimes", "other_crimes >= 1", "¶7 'drug trafficking and arms smuggling'"),
        ("hierarchy", "hierarchy_levels >= 3", "¶7 all aspects controlled by a large organisation"),
        ("continuous operation", "longest_active_run >= 12", "¶6 'only sporadically' against ¶7 'operate continuously'"),
    ];

    /// <summary>The share of checkable criteria that hold (0.5 when none can be checked).</summary>
    public static double Score(GroupIndicators indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var known = 0;
        var met = 0;
        void Check(bool? holds)
        {
            if (holds is { } h)
            {
                known++;
                met += h ? 1 : 0;
            }
        }

        // Unknown stays unknown (null), never "does not hold".
        bool? AtLeast(string name, double threshold) => indicators.Value(name) is { } x ? x >= threshold : null;
        bool? Either(bool? a, bool? b) => a is null && b is null ? null : a == true || b == true;
        Check(AtLeast(IndicatorNames.Members, 10));
        Check(Either(AtLeast(IndicatorNames.EffectiveCountries, 4), AtLeast(IndicatorNames.MemberCountries, 3)));
        Check(AtLeast(IndicatorNames.Destinations, 3));
        Check(Either(AtLeast(IndicatorNames.LaunderingInHouse, 1), AtLeast(IndicatorNames.ForgeryInHouse, 1)));
        Check(AtLeast(IndicatorNames.OfficialsBribed, 1));
        Check(AtLeast(IndicatorNames.OtherCrimes, 1));
        Check(AtLeast(IndicatorNames.HierarchyLevels, 3));
        Check(AtLeast(IndicatorNames.LongestActiveRun, 12));
        return known == 0 ? 0.5 : (double)met / known;
    }

    /// <summary>The baseline's type: transnational when <see cref="Score"/> is at least 0.5.</summary>
    public static GroupType Classify(GroupIndicators indicators) =>
        Score(indicators) >= 0.5 ? GroupType.Transnational : GroupType.SmallEnterprise;
}
