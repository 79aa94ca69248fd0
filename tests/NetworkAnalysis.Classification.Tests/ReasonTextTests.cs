namespace NetworkAnalysis.Classification.Tests;

public class ReasonTextTests
{
    private static readonly GroupIndicators Indicators = GroupIndicators.FromValues("g", new Dictionary<string, double?>
    {
        [IndicatorNames.Countries] = 1,
        [IndicatorNames.Members] = 7,
        [IndicatorNames.Continuity] = 0.955,
        [IndicatorNames.ActiveMonths] = 38,
        [IndicatorNames.SpanMonths] = 40,
        [IndicatorNames.Transactions] = 0,
    });

    [TestCase("operates in {value|country|countries}", IndicatorNames.Countries, "operates in 1 country")]
    [TestCase("has {value|member|members}", IndicatorNames.Members, "has 7 members")]
    [TestCase("active in {value} of {span_months|month|months}", IndicatorNames.ActiveMonths, "active in 38 of 40 months")]
    [TestCase("{value%} of months", IndicatorNames.Continuity, "96% of months")]
    [TestCase("density {value}", IndicatorNames.Continuity, "density 0.96")]
    [TestCase("performs {value|only # member|only # members|no member}", IndicatorNames.Members, "performs only 7 members")]
    [TestCase("{transactions|one|many|none at all}", IndicatorNames.Members, "none at all")]
    [TestCase("{members~|person|people} ({countries|country|countries})", IndicatorNames.Members, "7 people (1 country)")]
    [TestCase("no placeholders", IndicatorNames.Members, "no placeholders")]
    [TestCase("{routes} routes", IndicatorNames.Members, "unknown routes")]
    public void Format_FillsPlaceholders(string template, string self, string expected)
    {
        ReasonText.Format(template, self, Indicators).Should().Be(expected);
    }
}
