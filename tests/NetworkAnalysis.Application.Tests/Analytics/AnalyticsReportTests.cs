using NetworkAnalysis.Application.Analytics;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Analytics;

public class AnalyticsReportTests
{
    private static TransactionNetwork Case()
    {
        var builder = new TransactionNetworkBuilder()
            .AddAgent(new Agent("boss", AgentKind.Person) { Groups = ["g"], Functions = FunctionSet.Of(Function.Coordination) })
            .AddAgent(new Agent("w1", AgentKind.Person) { Groups = ["g"], Functions = FunctionSet.Of(Function.Transport), Sensitivity = Sensitivity.Witness })
            .AddAgent(new Agent("lt", AgentKind.Person) { Groups = ["g"] })
            .AddAgent(new Agent("cop", AgentKind.Official))
            .AddAgent(new Agent("m", AgentKind.Migrant));
        builder.AddTransaction(new Transaction("boss", "w1", TransactionKind.Payment) { Amount = 100 });
        builder.AddTransaction(new Transaction("boss", "lt", TransactionKind.Communication));
        builder.AddTransaction(new Transaction("lt", "cop", TransactionKind.Bribe) { Amount = 50, Currency = "EUR" });
        builder.AddTransaction(new Transaction("w1", "m", TransactionKind.Transport));
        return builder.Build();
    }

    [Test]
    public void Sections_ProducesEveryAnalyticsSectionInOrder()
    {
        var sections = AnalyticsReport.Sections(Case(), IdentityProtection.Default);
        sections.Select(s => s.Key).Should().Equal("function-coverage", "brokers", "upperworld-links", "upperworld-exposure", "key-players", "disruption");
        sections.Should().OnlyContain(s => s.Rows.All(r => r.Length == s.Columns.Count));
        sections.Single(s => s.Key == "upperworld-links").Rows.Should().ContainSingle();
        sections.Single(s => s.Key == "disruption").Rows.Should().HaveCount(6); // intact + 5 agents
        sections.Single(s => s.Key == "key-players").Rows.Should().NotBeEmpty();
    }

    [Test]
    public void Sections_ShowSensitiveAgentsOnlyByPseudonym()
    {
        var network = Case();
        var protection = new IdentityProtection("test key");
        var sections = AnalyticsReport.Sections(network, protection);
        var pseudonym = protection.DisplayId(network.GetAgent("w1"));
        pseudonym.Should().StartWith("protected-");
        var cells = sections.SelectMany(s => s.Rows).SelectMany(r => r).Select(c => c?.ToString() ?? "").ToList();
        cells.Should().NotContain(c => c == "w1" || c.Contains(":w1", StringComparison.Ordinal));
        cells.Should().Contain(c => c.Contains(pseudonym, StringComparison.Ordinal));

        var revealed = AnalyticsReport.Sections(network, new IdentityProtection("test key", reveal: true));
        revealed.SelectMany(s => s.Rows).SelectMany(r => r).Should().Contain("w1");
    }

    [Test]
    public void Deadline_TimeLimitReached_ThrowsTimeoutNamingTheAnalysis()
    {
        var act = () => Deadline.Run("slow", TimeSpan.FromMilliseconds(20), CancellationToken.None, ct =>
        {
            ct.WaitHandle.WaitOne(TimeSpan.FromSeconds(5));
            ct.ThrowIfCancellationRequested();
            return 0;
        });
        act.Should().Throw<TimeoutException>().WithMessage("slow exceeded its time limit*");

        using var caller = new CancellationTokenSource();
        caller.Cancel();
        var cancelled = () => Deadline.Run("x", TimeSpan.FromSeconds(5), caller.Token, ct => { ct.ThrowIfCancellationRequested(); return 0; });
        cancelled.Should().Throw<OperationCanceledException>();
    }
}
