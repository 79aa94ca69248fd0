using NetworkAnalysis.Application.Costs;

namespace NetworkAnalysis.Application.Tests.Costs;

public class CostModelTests
{
    [Test]
    public void Estimate_AllPairsMeasure_GrowsQuadraticallyWithNodes()
    {
        var small = CostModel.Estimate("centrality", "closeness", 1_000, 1_000, new CostInputs { Threads = 1 });
        var large = CostModel.Estimate("centrality", "closeness", 10_000, 10_000, new CostInputs { Threads = 1 });
        (large.Seconds / small.Seconds).Should().BeApproximately(100, 1e-9);
    }

    [Test]
    public void Estimate_Samples_CutBetweennessCost()
    {
        var exact = CostModel.Estimate("centrality", "betweenness", 100_000, 200_000, CostInputs.Default);
        var sampled = CostModel.Estimate("centrality", "betweenness", 100_000, 200_000, new CostInputs { Samples = 100 });
        sampled.Seconds.Should().BeApproximately(exact.Seconds / 1000, exact.Seconds * 1e-9);
    }

    [Test]
    public void Check_TinyFileDeclaringAMillionNodes_RefusedWithEstimateAndOption()
    {
        var estimate = CostModel.Estimate("centrality", "closeness", 1_000_000, 1, new CostInputs { Threads = 2 });
        var act = () => CostLimits.Default.Check(estimate, "centrality closeness");
        act.Should().Throw<AnalysisException>()
            .WithMessage("centrality closeness on 1,000,000 nodes and 1 ties would take about * above the time limit of 10 min (raise it with --max-seconds)*");
    }

    [Test]
    public void Check_MemoryAboveLimit_NamesMaxMemory()
    {
        var act = () => new CostLimits { MaxMemoryMiB = 16 }.Check(new CostEstimate(1, 1L << 30, "x"), "y");
        act.Should().Throw<AnalysisException>().WithMessage("*--max-memory*");
    }

    [Test]
    public void Check_WithinLimits_Passes() =>
        FluentActions.Invoking(() => CostLimits.Default.Check(CostModel.Estimate("centrality", "pagerank", 10_000, 50_000, CostInputs.Default), "x"))
            .Should().NotThrow();

    [Test]
    public void Estimate_DisruptionEfficiency_QuadraticOnlyWhenAsked()
    {
        var with = CostModel.Estimate("disrupt", "degree", 30_000, 60_000, new CostInputs { Efficiency = true });
        var without = CostModel.Estimate("disrupt", "degree", 30_000, 60_000, new CostInputs { Efficiency = false });
        (with.Seconds / without.Seconds).Should().BeGreaterThan(1000);
        with.Hint.Should().Contain("--no-efficiency");
    }
}
