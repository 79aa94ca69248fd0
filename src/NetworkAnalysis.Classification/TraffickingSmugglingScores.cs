using System.Globalization;

namespace NetworkAnalysis.Classification;

/// <summary>
/// How much a group's data looks like trafficking in persons and like smuggling of migrants, each a
/// score in [0, 1] with the reasons. The two are not exclusive: a group can do both.
/// </summary>
/// <param name="GroupId">The group's id.</param>
/// <param name="Trafficking">The trafficking score, or null when the group has no people, fees or exploitation in the data.</param>
/// <param name="Smuggling">The smuggling score, or null likewise.</param>
/// <param name="TraffickingReasons">What drives the trafficking score, strongest first.</param>
/// <param name="SmugglingReasons">What drives the smuggling score, strongest first.</param>
/// <remarks>
/// Each score is the weighted mean of the evidence items that are known (DOMAIN §5):
/// trafficking = 3·exploited share + 2·coerced share + 2·continuing relations + 2·exploitation share
/// of income + 1·victims among people; smuggling = 3·fee-paying share + 2·(1 − continuing relations)
/// + 2·(1 − exploitation share of income) + 1·migrants among people + 1·(1 − exploited share).
/// Unknown items drop out of both the sum and the weights.
/// </remarks>
public sealed record TraffickingSmugglingScores(
    string GroupId,
    double? Trafficking,
    double? Smuggling,
    IReadOnlyList<ClassificationReason> TraffickingReasons,
    IReadOnlyList<ClassificationReason> SmugglingReasons)
{
    /// <summary>Items whose weighted evidence is below this are not given as reasons.</summary>
    private const double ReasonFloor = 0.05;

    /// <summary>What the scores point to: <c>trafficking</c>, <c>smuggling</c>, <c>both</c>, <c>neither</c> or <c>unknown</c>.</summary>
    public string Leaning => (Trafficking, Smuggling) switch
    {
        (null, null) => "unknown",
        ({ } t, { } s) when t >= 0.5 && s >= 0.5 => "both",
        ({ } t, _) when t >= 0.5 && t >= (Smuggling ?? 0) => "trafficking",
        (_, { } s) when s >= 0.5 => "smuggling",
        _ => "neither",
    };

    /// <summary>Scores one group from its indicators.</summary>
    public static TraffickingSmugglingScores Compute(GroupIndicators indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var exploited = indicators.Value(IndicatorNames.ExploitedShare);
        var coerced = indicators.Value(IndicatorNames.CoercedShare);
        var paying = indicators.Value(IndicatorNames.FeePayingShare);
        var continuing = indicators.Value(IndicatorNames.ContinuingRelations);
        var income = indicators.Value(IndicatorNames.ExploitationIncomeShare);
        var victims = indicators.Value(IndicatorNames.Victims) ?? 0;
        var migrants = indicators.Value(IndicatorNames.Migrants) ?? 0;
        double? victimShare = victims + migrants > 0 ? victims / (victims + migrants) : null;
        double? migrantShare = victims + migrants > 0 ? migrants / (victims + migrants) : null;

        var trafficking = new Accumulator();
        trafficking.Add(IndicatorNames.ExploitedShare, 3, exploited, x => $"exploits {Percent(x)} of its people");
        trafficking.Add(IndicatorNames.CoercedShare, 2, coerced, x => $"coerces {Percent(x)} of its people (enforcers, debt collection, threats)");
        trafficking.Add(IndicatorNames.ContinuingRelations, 2, continuing, x => $"keeps dealing with {Percent(x)} of its people after arrival");
        trafficking.Add(IndicatorNames.ExploitationIncomeShare, 2, income, x => $"exploitation is {Percent(x)} of its income from people");
        trafficking.Add(IndicatorNames.Victims, 1, victimShare, _ => $"{Count(victims, "victim", "victims")} among its people");

        var smuggling = new Accumulator();
        smuggling.Add(IndicatorNames.FeePayingShare, 3, paying, x => $"{Percent(x)} of its people paid fees");
        smuggling.Add(IndicatorNames.ContinuingRelations, 2, 1 - continuing, x => $"relations end on arrival for {Percent(x)} of its people");
        smuggling.Add(IndicatorNames.ExploitationIncomeShare, 2, 1 - income, x => $"fees are {Percent(x)} of its income from people");
        smuggling.Add(IndicatorNames.Migrants, 1, migrantShare, _ => $"{Count(migrants, "migrant", "migrants")} among its people");
        smuggling.Add(IndicatorNames.ExploitedShare, 1, 1 - exploited, x => $"{Percent(x)} of its people not exploited");

        return new TraffickingSmugglingScores(indicators.GroupId, trafficking.Score, smuggling.Score, trafficking.Reasons(), smuggling.Reasons());
    }

    private static string Percent(double x) => (x * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Count(double n, string one, string many) =>
        Indicator.Format(n) + " " + (Math.Abs(n - 1) < 1e-9 ? one : many);

    private sealed class Accumulator
    {
        private readonly List<(ClassificationReason Reason, int Order)> _items = [];
        private double _sum;
        private double _weights;

        public double? Score => _weights > 0 ? _sum / _weights : null;

        public void Add(string indicator, double weight, double? value, Func<double, string> text)
        {
            if (value is not { } x)
            {
                return;
            }

            _sum += weight * x;
            _weights += weight;
            if (weight * x >= ReasonFloor)
            {
                _items.Add((new ClassificationReason(indicator, text(x), weight * x, x), _items.Count));
            }
        }

        public IReadOnlyList<ClassificationReason> Reasons()
        {
            // Contributions are shares of the final score so readers can compare them.
            var total = _weights;
            return _items
                .OrderByDescending(i => i.Reason.Contribution)
                .ThenBy(i => i.Order)
                .Select(i => i.Reason with { Contribution = i.Reason.Contribution / total })
                .ToList();
        }
    }
}
