using Microsoft.Extensions.DependencyInjection;
using NetworkAnalysis.Application.Centrality;
using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Application.Communities;
using NetworkAnalysis.Application.Embedding;
using NetworkAnalysis.Application.Inputs;
using NetworkAnalysis.Application.Progress;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Reports;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Application.Tests.Embedding;

public class NetworkAnalysisServiceTests
{
    private static string Sample => Path.Combine(SharedData.RepositoryRoot, "samples", "operation-mare-nostrum");

    private static NetworkAnalysisService Resolve(Action<NetworkAnalysisOptions>? configure = null)
    {
        var provider = new ServiceCollection().AddNetworkAnalysis(configure).BuildServiceProvider();
        return provider.GetRequiredService<NetworkAnalysisService>();
    }

    [Test]
    public void AddNetworkAnalysis_CalledTwice_FirstOptionsStayAndOneServiceIsRegistered()
    {
        var services = new ServiceCollection()
            .AddNetworkAnalysis(o => o.PseudonymKey = "first")
            .AddNetworkAnalysis(o => o.PseudonymKey = "second");

        services.Count(d => d.ServiceType == typeof(NetworkAnalysisService)).Should().Be(1);
        services.BuildServiceProvider().GetRequiredService<NetworkAnalysisOptions>().PseudonymKey.Should().Be("first");
    }

    [Test]
    public void AddNetworkAnalysis_PseudonymKey_UsedForProtectedAgents()
    {
        var agent = new Agent("V01", AgentKind.Victim) { Sensitivity = Sensitivity.Victim };

        var keyed = Resolve(o => o.PseudonymKey = "case-secret").Protection.DisplayId(agent);

        keyed.Should().Be(new IdentityProtection("case-secret").DisplayId(agent)).And.NotBe(IdentityProtection.Default.DisplayId(agent)).And.NotContain("V01");
    }

    [Test]
    public async Task OpenStoreAsync_NoStoragePackageRegistered_SaysWhichSupportIsMissing()
    {
        var service = Resolve(o => o.Store = Path.Combine(Path.GetTempPath(), "netan-no-provider.db"));

        var open = () => service.OpenStoreAsync();

        (await open.Should().ThrowAsync<CaseStoreUnavailableException>()).Which.Message.Should().Contain("no sqlite store support");
    }

    [Test]
    public void Constructor_ZeroThreads_Refused()
    {
        var create = () => new NetworkAnalysisService(new NetworkAnalysisOptions { MaxDegreeOfParallelism = 0 }, new CaseStoreOpener([]));

        create.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MaxDegreeOfParallelism*");
    }

    [Test]
    public async Task AnalyzeAsync_SampleCase_EqualsEachAnalysisRunOnItsOwn()
    {
        var service = Resolve(o => o.MaxDegreeOfParallelism = 2);
        var network = await service.ReadDatasetAsync(Sample);

        var result = await service.AnalyzeAsync(network);

        var projected = NetworkProjection.Project(network);
        var pageRank = CentralityAnalysis.Run(projected, new CentralityRequest(CentralityMeasure.PageRank));
        result.Ranking.NodeValues.Should().Equal(pageRank.NodeValues);
        result.TopAgents.Should().Equal(CaseAnalyzer.Rank(projected, pageRank.NodeValues!, 10, IdentityProtection.Default));
        result.Communities.Membership.Should().Equal(CommunityAnalysis.Run(projected, new CommunityRequest(CommunityMethod.Leiden)).Membership);
        result.Groups.Select(g => (g.GroupId, g.ReportedType, g.Score))
            .Should().Equal(GroupTypeReport.Build(network).Select(g => (g.GroupId, g.ReportedType, g.Score)));
        result.Groups.Should().NotBeEmpty();
    }

    [Test]
    public async Task AnalyzeAsync_OneOrTwoThreads_SameResult()
    {
        var network = CaseInputs.ReadDataset(Sample);

        var one = await Resolve(o => o.MaxDegreeOfParallelism = 1).AnalyzeAsync(network);
        var two = await Resolve(o => o.MaxDegreeOfParallelism = 2).AnalyzeAsync(network);

        two.Ranking.NodeValues.Should().Equal(one.Ranking.NodeValues);
        two.Communities.Membership.Should().Equal(one.Communities.Membership);
        two.Groups.Select(g => g.Score).Should().Equal(one.Groups.Select(g => g.Score));
    }

    [Test]
    public async Task AnalyzeAsync_Progress_EveryStageInOrderNeverDecreasingEndingAtOne()
    {
        var network = CaseInputs.ReadDataset(Sample);
        var reports = new List<AnalysisProgress>();

        await Resolve().AnalyzeAsync(network, progress: new Collect(reports));

        reports.Select(r => r.Stage).Distinct().Should().Equal("projecting", "pagerank", "communities", "classifying", "done");
        reports.Select(r => r.Fraction).Should().BeInAscendingOrder();
        reports[^1].Fraction.Should().Be(1);
    }

    [Test]
    public async Task AnalyzeAsync_CancelledToken_ThrowsOperationCanceled()
    {
        var network = CaseInputs.ReadDataset(Sample);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var run = () => Resolve().AnalyzeAsync(network, cancellationToken: cancel.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public async Task AnalyzeAsync_CancelledDuringTheRun_StopsWithOperationCanceled()
    {
        var network = CaseInputs.ReadDataset(Sample);
        using var cancel = new CancellationTokenSource();

        // Cancel from the progress callback as communities start: the run must stop there, not finish.
        var stages = new List<AnalysisProgress>();
        var progress = new Collect(stages, r => { if (r.Stage == "communities") { cancel.Cancel(); } });
        var run = () => Resolve().AnalyzeAsync(network, progress: progress, cancellationToken: cancel.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
        stages.Select(s => s.Stage).Should().NotContain("done");
    }

    /// <summary>Collects reports synchronously (Progress&lt;T&gt; would post them later to the pool).</summary>
    private sealed class Collect(List<AnalysisProgress> into, Action<AnalysisProgress>? then = null) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value)
        {
            lock (into)
            {
                into.Add(value);
            }

            then?.Invoke(value);
        }
    }
}
