using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Synthetic;
using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Training.Tests;

/// <summary>Training configurations, partial observation, the leave-one-configuration-out evaluation and its measures, on small corpora.</summary>
public class TypologyTrainingTests
{
    private static readonly TypologyTrainingOptions Tiny = TypologyTrainingOptions.Default with
    {
        Configurations =
        [
            TrainingConfigurations.Get("varied") with { Groups = new(8, 8), Scale = new(0.08, 0.1) },
            TrainingConfigurations.Get("long-lived-small") with { Groups = new(8, 8), Scale = new(0.08, 0.1) },
            TrainingConfigurations.Get("sparse-fields") with { Groups = new(8, 8), Scale = new(0.08, 0.1) },
        ],
        DatasetsPerConfiguration = 1,
        IncludeDetected = false,
    };

    [Test]
    public void Sample_SameArguments_SameOptions_AndValuesWithinTheRanges()
    {
        var configuration = TrainingConfigurations.Get("long-lived-small");

        var (a, oa) = configuration.Sample(3);
        var (b, ob) = configuration.Sample(3);
        var (c, _) = configuration.Sample(4);

        a.Should().Be(b);
        oa.Should().Be(ob);
        c.Seed.Should().NotBe(a.Seed);
        a.Shapes.SmallLongLived.Should().BeInRange(0.4, 0.7);
        a.Noise.Should().BeInRange(0, 0.15);
        a.Groups.Should().BeInRange(14, 22);
    }

    [Test]
    public void Configurations_HaveUniqueNamesAndValidGeneratorOptions()
    {
        TrainingConfigurations.All.Select(c => c.Name).Should().OnlyHaveUniqueItems();
        foreach (var configuration in TrainingConfigurations.All)
        {
            var (options, _) = configuration.Sample(0);
            var act = () => CaseGenerator.Generate(options with { Groups = 2, Scale = 0.02 });
            act.Should().NotThrow(configuration.Name);
        }
    }

    [Test]
    public void CaseObservation_Window_KeepsOnlyTransactionsInsideAndDropsIdleAgents()
    {
        var network = CaseGenerator.Generate(new CaseGeneratorOptions { Groups = 4, Scale = 0.05, Span = TimeSpan.FromDays(3 * 365) });
        var seen = new CaseObservation { WindowMonths = 6, WindowStart = 0.5, NoCounts = true }.Apply(network);

        var times = seen.Transactions.Where(t => t.Time is not null).Select(t => t.Time!.Value).ToList();
        (times.Max() - times.Min()).Should().BeLessThanOrEqualTo(TimeSpan.FromDays(6 * 365.25 / 12));
        seen.TransactionCount.Should().BeLessThan(network.TransactionCount);
        seen.AgentCount.Should().BeLessThan(network.AgentCount);
        seen.Transactions.Should().OnlyContain(t => t.Amount == null && t.Persons == null);
        CaseObservation.Complete.Apply(network).Should().BeSameAs(network);
    }

    [Test]
    public void LeaveOneConfigurationOut_ScoresEveryGroupOnceWithAModelThatNeverSawIt()
    {
        var corpus = TypologyTraining.BuildCorpus(Tiny);
        var leftOut = TypologyTraining.LeaveOneConfigurationOut(corpus, Tiny);

        leftOut.Select(l => l.Configuration).Should().Equal("varied", "long-lived-small", "sparse-fields");
        leftOut.Sum(l => l.Predictions.Count).Should().Be(corpus.Count);
        // The model left without "varied" is the one fitted on the other two.
        var model = TypologyTraining.Fit(corpus.Where(g => g.Configuration != "varied"), Tiny);
        var first = leftOut[0].Predictions[0];
        first.Score.Should().BeApproximately(model.Score(first.Group.Indicators), 1e-9);
        leftOut.Should().OnlyContain(l => l.Model(null).MacroF1 > 0.8);
    }

    [Test]
    public void Fit_KeepsTheTypologySignsAndRecordsTypicalRanges()
    {
        var corpus = TypologyTraining.BuildCorpus(Tiny);
        var model = TypologyTraining.Fit(corpus, Tiny with { L2 = 0.01 });

        foreach (var (trained, template) in model.Features.Zip(GroupModel.TypologyTemplate.Features))
        {
            (trained.Weight * template.Weight).Should().BeGreaterThanOrEqualTo(0, trained.Indicator);
        }

        var members = model.Features.Single(f => f.Indicator == IndicatorNames.Members);
        members.TypicalSmall!.Value.High.Should().BeLessThan(members.TypicalTransnational!.Value.High);
    }

    [Test]
    public void BuildShipped_IsCalibratedOnTheLeftOutScores()
    {
        var corpus = TypologyTraining.BuildCorpus(Tiny);
        var leftOut = TypologyTraining.LeaveOneConfigurationOut(corpus, Tiny);
        var model = TypologyTraining.BuildShipped(corpus, leftOut, Tiny);

        var (slope, offset) = GroupModel.FitCalibration(leftOut.SelectMany(l => l.Predictions).Select(p => (p.Score, p.Group.Label)), fitOffset: true);
        model.CalibrationSlope.Should().BeApproximately(slope, 1e-5);
        model.CalibrationOffset.Should().BeApproximately(offset, 1e-5);
        model.Description.Should().Contain("classify-train");
        GroupModel.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(model.ToJson()))).Features.Should().Equal(model.Features);
    }

    [Test]
    public void Auc_IsTheShareOfCorrectlyOrderedPairsWithTiesHalf()
    {
        var scored = new (GroupType, double)[]
        {
            (GroupType.Transnational, 0.9), (GroupType.Transnational, 0.4), (GroupType.SmallEnterprise, 0.4), (GroupType.SmallEnterprise, 0.1),
        };

        // Pairs (T, S): (0.9,0.4) 1, (0.9,0.1) 1, (0.4,0.4) ½, (0.4,0.1) 1 → 3.5 / 4.
        Evaluation.Auc(scored).Should().Be(0.875);
        Evaluation.Auc([(GroupType.Transnational, 0.3)]).Should().BeNull();
    }

    [Test]
    public void Reliability_BinsByPredictedProbability()
    {
        var bins = Evaluation.Reliability([(GroupType.Transnational, 0.95), (GroupType.SmallEnterprise, 0.91), (GroupType.SmallEnterprise, 0.05), (GroupType.Transnational, 1.0)], 10);

        bins.Should().HaveCount(2);
        bins[0].Should().Be(new ReliabilityBin(0, 0.1, 1, 0.05, 0));
        bins[1].Count.Should().Be(3);
        bins[1].TransnationalShare.Should().BeApproximately(2.0 / 3, 1e-12);
        bins[1].MeanProbability.Should().BeApproximately((0.95 + 0.91 + 1.0) / 3, 1e-12);
    }
}
