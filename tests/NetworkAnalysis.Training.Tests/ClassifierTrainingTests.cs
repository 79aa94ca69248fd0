using NetworkAnalysis.Application.Tests.Classification;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Dataset;

namespace NetworkAnalysis.Training.Tests;

/// <summary>Training a model on an agency's labelled datasets (<c>netan classify --train</c>).</summary>
public class ClassifierTrainingTests
{
    private string _root = null!;

    [SetUp]
    public void SetUp()
    {
        _root = Path.Combine(Path.GetTempPath(), "netan-train-" + Guid.NewGuid().ToString("N"));
        DatasetWriter.Write(CaseBook.TwoTypes(), Path.Combine(_root, "cases", "b-labelled"));
        Directory.CreateDirectory(Path.Combine(_root, "cases", "c-broken"));
        File.WriteAllText(Path.Combine(_root, "cases", "c-broken", "agents.csv"), "id,kind\nx,not_a_kind\n");
        File.WriteAllText(Path.Combine(_root, "cases", "c-broken", "transactions.csv"), "source,target,kind\n");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Train_OnLabelledDatasets_GivesAModelThatSeparatesThem()
    {
        var labelled = Path.Combine(_root, "cases", "b-labelled");

        var cases = ClassifierTraining.LabelledCases([labelled]);
        var model = ClassifierTraining.Train([labelled]);

        cases.Select(c => c.Type).Should().Equal(GroupType.SmallEnterprise, GroupType.Transnational);
        model.Name.Should().Be("trained");
        model.Classify(cases[0].Indicators).Type.Should().Be(GroupType.SmallEnterprise);
        model.Classify(cases[1].Indicators).Type.Should().Be(GroupType.Transnational);
    }

    [Test]
    public void Train_BrokenDataset_Throws()
    {
        var act = () => ClassifierTraining.Train([Path.Combine(_root, "cases")]);

        act.Should().Throw<InputFormatException>().WithMessage("*c-broken*");
    }
}
