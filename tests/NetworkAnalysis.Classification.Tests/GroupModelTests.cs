using System.Text;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Classification.Tests;

public class GroupModelTests
{
    private static GroupIndicators Transnational() => GroupIndicators.FromValues("big", new Dictionary<string, double?>
    {
        [IndicatorNames.Members] = 40,
        [IndicatorNames.FunctionsInHouse] = 9,
        [IndicatorNames.LaunderingInHouse] = 1,
        [IndicatorNames.ForgeryInHouse] = 1,
        [IndicatorNames.DebtCollectionInHouse] = 1,
        [IndicatorNames.IntelligenceInHouse] = 0,
        [IndicatorNames.ProtectionInHouse] = 1,
        [IndicatorNames.AncillaryBoughtOnly] = 0,
        [IndicatorNames.Countries] = 9,
        [IndicatorNames.EffectiveCountries] = 7.2,
        [IndicatorNames.Routes] = 5,
        [IndicatorNames.Destinations] = 3,
        [IndicatorNames.ActiveMonths] = 38,
        [IndicatorNames.SpanMonths] = 40,
        [IndicatorNames.Continuity] = 0.95,
        [IndicatorNames.OtherCrimes] = 1,
        [IndicatorNames.OfficialsBribed] = 3,
        [IndicatorNames.PeopleMoved] = 900,
    });

    private static GroupIndicators Small() => GroupIndicators.FromValues("small", new Dictionary<string, double?>
    {
        [IndicatorNames.Members] = 3,
        [IndicatorNames.FunctionsInHouse] = 2,
        [IndicatorNames.LaunderingInHouse] = 0,
        [IndicatorNames.ForgeryInHouse] = 0,
        [IndicatorNames.DebtCollectionInHouse] = 0,
        [IndicatorNames.IntelligenceInHouse] = 0,
        [IndicatorNames.ProtectionInHouse] = 0,
        [IndicatorNames.AncillaryBoughtOnly] = 2,
        [IndicatorNames.Countries] = 4,
        [IndicatorNames.EffectiveCountries] = 1.8,
        [IndicatorNames.ActiveMonths] = 3,
        [IndicatorNames.SpanMonths] = 4,
        [IndicatorNames.OtherCrimes] = 0,
        [IndicatorNames.OfficialsBribed] = 0,
        [IndicatorNames.PeopleMoved] = 12,
    });

    [Test]
    public void Default_LoadsAndEveryFeatureNamesACatalogueIndicatorOnce()
    {
        var model = GroupModel.Default;

        model.Name.Should().Be("default");
        model.Features.Should().NotBeEmpty();
        model.Features.Select(f => f.Indicator).Should().OnlyHaveUniqueItems();
        model.Features.Should().OnlyContain(f => IndicatorCatalog.IndexOf(f.Indicator) >= 0);
        model.Features.Should().OnlyContain(f => !string.IsNullOrEmpty(f.Rationale));
    }

    [Test]
    public void Classify_TransnationalCase_GivesTypeAndReasonsInWords()
    {
        var result = GroupModel.Default.Classify(Transnational());

        result.Type.Should().Be(GroupType.Transnational);
        result.Probability.Should().BeGreaterThan(0.9);
        var texts = result.SupportingReasons.Select(r => r.Text).ToList();
        texts.Should().Contain(t => t.StartsWith("operates mainly in about 7 countries (9 in all) (typically small enterprise ", StringComparison.Ordinal));
        texts.Should().Contain(t => t.StartsWith("launders money in-house", StringComparison.Ordinal));
        texts.Should().Contain(t => t.StartsWith("active in 38 of 40 months", StringComparison.Ordinal));
        texts.Should().Contain(t => t.StartsWith("bribes 3 officials", StringComparison.Ordinal));
    }

    [Test]
    public void Classify_SmallCase_GivesSmallEnterpriseWithItsReasons()
    {
        var result = GroupModel.Default.Classify(Small());

        result.Type.Should().Be(GroupType.SmallEnterprise);
        result.Probability.Should().BeLessThan(0.1);
        var texts = result.SupportingReasons.Select(r => r.Text).ToList();
        texts.Should().Contain(t => t.StartsWith("has only 3 members (typically small enterprise ", StringComparison.Ordinal));
        texts.Should().Contain(t => t.StartsWith("operates mainly in about 2 countries (4 in all)", StringComparison.Ordinal));
        texts.Should().Contain(t => t.StartsWith("does not launder money itself", StringComparison.Ordinal));
        // Every reason names the typical values of both types, so an analyst can check it.
        result.Reasons.Should().OnlyContain(r => r.TypicalSmall != null && r.TypicalTransnational != null && r.Text.Contains(", transnational ", StringComparison.Ordinal));
    }

    [Test]
    public void Classify_ReasonsAreOrderedByAbsoluteContributionAndAddUpToTheScore()
    {
        var model = GroupModel.Default;
        var indicators = Transnational();
        var result = model.Classify(indicators);

        result.Reasons.Select(r => Math.Abs(r.Contribution)).Should().BeInDescendingOrder();
        // Each reason's contribution is exactly its feature's weight × evidence.
        foreach (var reason in result.Reasons)
        {
            var feature = model.Features.Single(f => f.Indicator == reason.Indicator);
            reason.Contribution.Should().BeApproximately(feature.Weight * feature.Evidence(indicators.Value(reason.Indicator)), 1e-12);
        }

        // The reasons plus the contributions below the threshold give the score.
        var hidden = model.Features
            .Where(f => result.Reasons.All(r => r.Indicator != f.Indicator))
            .Sum(f => f.Weight * f.Evidence(indicators.Value(f.Indicator)));
        (model.Intercept + result.Reasons.Sum(r => r.Contribution) + hidden).Should().BeApproximately(result.Score, 1e-9);
        result.Probability.Should().BeApproximately(1 / (1 + Math.Exp(-((model.CalibrationSlope * result.Score) + model.CalibrationOffset))), 1e-12);
    }

    [Test]
    public void Classify_TheStrongestReasonIsTheIndicatorThatDroveTheScore()
    {
        // Everything neutral but other crimes: the only reason is other crimes.
        var indicators = GroupIndicators.FromValues("g", new Dictionary<string, double?>
        {
            [IndicatorNames.OtherCrimes] = 2,
            [IndicatorNames.Members] = 8,
        });
        var result = GroupModel.Default.Classify(indicators);

        result.Reasons.Should().NotBeEmpty();
        result.Reasons[0].Indicator.Should().Be(IndicatorNames.OtherCrimes);
    }

    [Test]
    public void Classify_UnknownIndicatorsAreNeutralAndListed()
    {
        var model = new GroupModel("m", 0.5, [new ModelFeature(IndicatorNames.EffectiveCountries, FeatureTransform.Log2, 1, 8, 2.0) { Above = "many", Below = "few" }]);
        var result = model.Classify(GroupIndicators.FromValues("g", new Dictionary<string, double?>()));

        result.Score.Should().Be(0.5);
        result.Reasons.Should().BeEmpty();
        result.UnknownIndicators.Should().Equal(IndicatorNames.EffectiveCountries);
    }

    [Test]
    public void Classify_ProbabilityRisesWithCountries()
    {
        var probabilities = Enumerable.Range(1, 12)
            .Select(n => GroupModel.Default.Classify(GroupIndicators.FromValues("g", new Dictionary<string, double?> { [IndicatorNames.EffectiveCountries] = n })).Probability)
            .ToList();

        probabilities.Should().BeInAscendingOrder();
        probabilities[^1].Should().BeGreaterThan(probabilities[0]);
    }

    [Test]
    public void Evidence_SaturatesBeyondLowAndHigh()
    {
        var f = new ModelFeature(IndicatorNames.Members, FeatureTransform.Log2, 2, 30, 1);

        f.Evidence(2).Should().BeApproximately(-1, 1e-12);
        f.Evidence(30).Should().BeApproximately(1, 1e-12);
        f.Evidence(1).Should().Be(-1);
        f.Evidence(10_000).Should().Be(1);
        f.Evidence(null).Should().Be(0);
        f.Evidence(Math.Sqrt(3 * 31) - 1).Should().BeApproximately(0, 1e-12);
    }

    [Test]
    public void SaveLoad_RoundTripsTheModel()
    {
        var model = GroupModel.Default;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = GroupModel.Load(stream);

        loaded.ToJson().Should().Be(model.ToJson());
        loaded.Features.Should().Equal(model.Features);
        loaded.CalibrationSlope.Should().Be(model.CalibrationSlope);
    }

    [TestCase("""{"format":"other","version":1,"name":"x","features":[]}""", "format")]
    [TestCase("""{"format":"netan-group-model","version":3,"name":"x","features":[]}""", "version")]
    [TestCase("""{"format":"netan-group-model","version":2,"name":"x","features":[{"indicator":"members","transform":"linear","low":0,"high":1,"weight":1,"typicalSmall":[3,1]}]}""", "typicalSmall")]
    [TestCase("""{"format":"netan-group-model","version":1,"name":"x","features":[{"indicator":"nope","transform":"linear","low":0,"high":1,"weight":1}]}""", "nope")]
    [TestCase("""{"format":"netan-group-model","version":1,"name":"x","features":[{"indicator":"members","transform":"cubic","low":0,"high":1,"weight":1}]}""", "valid")]
    [TestCase("""{"format":"netan-group-model","version":1,"name":"x","features":[{"indicator":"members","transform":"linear","low":1,"high":1,"weight":1}]}""", "differ")]
    [TestCase("""{"format":"netan-group-model","version":1,"name":"x","features":[{"indicator":"members","transform":"linear","low":0,"high":1,"weight":1,"above":"{nope}"}]}""", "nope")]
    [TestCase("""{"format":"netan-group-model","version":1,"name":"x","weights":[],"features":[]}""", "valid")]
    public void Load_InvalidModelFile_ThrowsFormatExceptionNamingTheProblem(string json, string expected)
    {
        var act = () => GroupModel.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        act.Should().Throw<FormatException>().WithMessage($"*{expected}*");
    }

    [Test]
    public void Train_RecoversTheDirectionOfAKnownModelAndSeparatesTheClasses()
    {
        // Cases drawn from a known rule: transnational when countries and members are high.
        var random = new Random(3);
        var cases = new List<(GroupIndicators, GroupType)>();
        for (var i = 0; i < 400; i++)
        {
            var big = i % 2 == 0;
            var countries = big ? 4 + random.Next(8) : 1 + random.Next(3);
            var members = big ? 8 + random.Next(40) : 2 + random.Next(6);
            var crimes = random.Next(2);
            cases.Add((GroupIndicators.FromValues($"g{i}", new Dictionary<string, double?>
            {
                [IndicatorNames.EffectiveCountries] = countries,
                [IndicatorNames.Members] = members,
                [IndicatorNames.OtherCrimes] = crimes,
            }), big ? GroupType.Transnational : GroupType.SmallEnterprise));
        }

        var model = GroupModel.Train(cases, new TrainingOptions { ShrinkTowardTemplate = false, L2 = 1 });

        model.Features.Single(f => f.Indicator == IndicatorNames.EffectiveCountries).Weight.Should().BePositive();
        model.Features.Single(f => f.Indicator == IndicatorNames.Members).Weight.Should().BePositive();
        // Other crimes carries no signal here: the penalty keeps it small.
        Math.Abs(model.Features.Single(f => f.Indicator == IndicatorNames.OtherCrimes).Weight).Should().BeLessThan(0.5);
        // Features never observed keep a zero weight when shrinking toward zero.
        model.Features.Single(f => f.Indicator == IndicatorNames.NewRoutes).Weight.Should().BeApproximately(0, 1e-6);
        var accuracy = cases.Count(c => model.Classify(c.Item1).Type == c.Item2) / (double)cases.Count;
        accuracy.Should().BeGreaterThan(0.97);
    }

    [Test]
    public void Train_ShrinkingTowardTheTemplateKeepsUnobservedWeights()
    {
        var cases = new List<(GroupIndicators, GroupType)>
        {
            (Transnational(), GroupType.Transnational),
            (Small(), GroupType.SmallEnterprise),
        };

        var model = GroupModel.Train(cases);

        model.Features.Single(f => f.Indicator == IndicatorNames.HierarchyLevels).Weight
            .Should().BeApproximately(GroupModel.Default.Features.Single(f => f.Indicator == IndicatorNames.HierarchyLevels).Weight, 1e-6);
        model.Classify(Transnational()).Type.Should().Be(GroupType.Transnational);
        model.Classify(Small()).Type.Should().Be(GroupType.SmallEnterprise);
    }

    [Test]
    public void Train_OneClassOnly_Throws()
    {
        var act = () => GroupModel.Train([(Small(), GroupType.SmallEnterprise)]);

        act.Should().Throw<ArgumentException>();
    }

    [Test]
    public void Train_TrainedModelSavesAndLoads()
    {
        var model = GroupModel.Train([(Transnational(), GroupType.Transnational), (Small(), GroupType.SmallEnterprise)]);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        GroupModel.Load(stream).ToJson().Should().Be(model.ToJson());
    }

    [Test]
    public void Recalibrate_KeepsWeightsAndFitsAPositiveSlope()
    {
        var cases = Enumerable.Range(0, 50).SelectMany(_ => new[] { (Transnational(), GroupType.Transnational), (Small(), GroupType.SmallEnterprise) });

        var model = GroupModel.Default.Recalibrate(cases);

        model.Features.Should().Equal(GroupModel.Default.Features);
        model.CalibrationSlope.Should().BePositive();
        model.Classify(Transnational()).Type.Should().Be(GroupType.Transnational);
    }
}
