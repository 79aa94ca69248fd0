using System.Globalization;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Classification.Tests;

/// <summary>docs/classification.md must describe every indicator and the default model as shipped.</summary>
public class DocumentationTests
{
    private static string Doc() =>
        File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "classification.md"));

    [Test]
    public void ClassificationDoc_ListsEveryIndicatorWithItsUnit()
    {
        var doc = Doc();

        foreach (var indicator in IndicatorCatalog.All)
        {
            doc.Should().Contain($"| `{indicator.Name}` | {indicator.Unit} |", indicator.Name);
        }
    }

    [Test]
    public void ClassificationDoc_ShowsEveryDefaultModelFeatureWithItsWeight()
    {
        var doc = Doc();

        foreach (var f in GroupModel.Default.Features)
        {
            var row = string.Create(CultureInfo.InvariantCulture, $"| `{f.Indicator}` | {(f.Transform == FeatureTransform.Log2 ? "log2" : "linear")} | {f.Low} | {f.High} | {f.Weight:+0.00;-0.00} |");
            doc.Should().Contain(row, f.Indicator);
        }

        doc.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"slope ({GroupModel.Default.CalibrationSlope})"));
    }
}
