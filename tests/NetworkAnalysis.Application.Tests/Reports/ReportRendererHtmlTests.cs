using System.Text.Json;
using NetworkAnalysis.Application.Reports;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Reports;

public class ReportRendererHtmlTests
{
    private const string Template = "<html><script type=\"application/json\" id=\"d\">" + ReportRenderer.HtmlDataPlaceholder + "</script></html>";

    private static CaseReport Report(string bossName)
    {
        var builder = new TransactionNetworkBuilder()
            .AddAgent(new Agent("boss", AgentKind.Person) { Name = bossName, Groups = ["g1"] })
            .AddAgent(new Agent("v1", AgentKind.Victim) { Name = "Ana Popescu", Sensitivity = Sensitivity.Victim })
            .AddAgent(new Agent("cop", AgentKind.Official));
        builder.AddTransaction(new Transaction("boss", "v1", TransactionKind.Exploitation));
        builder.AddTransaction(new Transaction("boss", "cop", TransactionKind.Bribe) { Amount = 50 });
        return CaseAnalyzer.Analyze(builder.Build(), "case", new IdentityProtection("test key"), new CaseAnalysisOptions { MaxDegreeOfParallelism = 1 });
    }

    private static JsonElement Data(string page)
    {
        var start = page.IndexOf("id=\"d\">", StringComparison.Ordinal) + 7;
        var end = page.IndexOf("</script>", start, StringComparison.Ordinal);
        return JsonDocument.Parse(page[start..end]).RootElement;
    }

    [Test]
    public void Html_PutsTheReportAndItsGraphInPlaceOfThePlaceholder()
    {
        var report = Report("Marco");
        var page = ReportRenderer.Html(report, Template);
        page.Should().NotContain(ReportRenderer.HtmlDataPlaceholder);
        var data = Data(page);
        data.GetProperty("dataset").GetString().Should().Be("case");
        var graph = data.GetProperty("graph");
        graph.GetProperty("nodes").GetProperty("id").GetArrayLength().Should().Be(3);
        graph.GetProperty("edges").GetProperty("source").GetArrayLength().Should().Be(2);
        graph.GetProperty("nodes").GetProperty("categories").GetProperty("community").GetProperty("codes").GetArrayLength().Should().Be(3);
        graph.GetProperty("nodes").GetProperty("measures").GetProperty("counterparts").EnumerateArray().Select(x => x.GetDouble()).Should().Contain(2);
        data.GetProperty("disruption").GetProperty("columns")[0].GetString().Should().Be("step");
    }

    [Test]
    public void Html_NameThatClosesTheScriptElement_StaysInsideTheData()
    {
        const string hostile = "</script><script>alert(1)</script><!--";
        var page = ReportRenderer.Html(Report(hostile), Template);
        page.Should().NotContain("<script>alert(1)");
        page.Split("</script>").Should().HaveCount(2, "only the template's own closing tag remains");
        Data(page).GetProperty("graph").GetProperty("nodes").GetProperty("label").EnumerateArray().Select(x => x.GetString()).Should().Contain(hostile);
    }

    [Test]
    public void Html_ProtectedAgent_AppearsOnlyByPseudonym()
    {
        var page = ReportRenderer.Html(Report("Marco"), Template);
        page.Should().NotContain("Ana Popescu").And.Contain("victim-");
    }

    [Test]
    public void Json_WithoutGraph_ButWithSectionColumns()
    {
        var json = JsonDocument.Parse(ReportRenderer.Json(Report("Marco"))).RootElement;
        json.TryGetProperty("graph", out _).Should().BeFalse("report.json stays small; the graph is for the HTML page");
        json.GetProperty("brokers").GetProperty("columns").GetArrayLength().Should().BeGreaterThan(0);
    }

    [TestCase("<html></html>")]
    [TestCase("<html>" + ReportRenderer.HtmlDataPlaceholder + ReportRenderer.HtmlDataPlaceholder + "</html>")]
    public void Html_TemplateWithoutExactlyOnePlaceholder_Throws(string template)
    {
        var act = () => ReportRenderer.Html(Report("Marco"), template);
        act.Should().Throw<ArgumentException>().WithMessage("*placeholder exactly once*");
    }
}
