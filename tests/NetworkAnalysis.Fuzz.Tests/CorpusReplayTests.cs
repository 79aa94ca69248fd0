using System.Diagnostics;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Fuzz.Tests;

/// <summary>
/// Replays the seed corpora and every crash ever found (fuzz/regressions) through the same targets the
/// fuzzer runs: no input may raise anything but the reader's documented clean error, and each must be
/// answered quickly. Needs no AFL: the targets are plain methods.
/// </summary>
public class CorpusReplayTests
{
    private static readonly string Fuzz = Path.Combine(SharedData.RepositoryRoot, "fuzz");

    private static IEnumerable<TestCaseData> Inputs()
    {
        foreach (var kind in new[] { "corpus", "regressions" })
        {
            var root = Path.Combine(Fuzz, kind);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            {
                var target = Path.GetFileName(folder);
                var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray();
                if (files.Length > 0)
                {
                    yield return new TestCaseData(kind, target, files).SetArgDisplayNames(kind, target);
                }
            }
        }
    }

    [TestCaseSource(nameof(Inputs))]
    public void Replay_EveryInput_OnlyCleanErrorsAndFast(string kind, string target, string[] files)
    {
        FuzzTargets.Names.Should().Contain(target, $"fuzz/{kind}/{target} must name a target");
        foreach (var file in files)
        {
            var clock = Stopwatch.StartNew();
            var act = () => FuzzTargets.Run(target, File.ReadAllBytes(file));
            act.Should().NotThrow($"fuzz/{kind}/{target}/{Path.GetFileName(file)}");
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), Path.GetFileName(file));
        }
    }

    [Test]
    public void Corpus_EveryTarget_HasSeeds()
    {
        foreach (var target in FuzzTargets.Names)
        {
            Directory.GetFiles(Path.Combine(Fuzz, "corpus", target)).Should().NotBeEmpty(target);
            File.Exists(Path.Combine(Fuzz, "dictionaries", target + ".dict")).Should().BeTrue(target);
        }
    }

    [Test]
    public void Run_UnexpectedException_IsNotSwallowed()
    {
        // The harness must let a crash through: an unknown target is the one failure it raises itself.
        var act = () => FuzzTargets.Run("no-such-target", []);
        act.Should().Throw<ArgumentException>();
    }

    [TestCase("model", "{\"format\":\"netan-group-model\",\"version\":1,\"name\":\"m\",\"features\":[null]}")]
    [TestCase("dataset", "id,kind\n\0id,source,target,kind\n")]
    [TestCase("pajek", "*Vertices 1000000\n*Arcs\n1 2\n")]
    public void Run_HostileInputsOfIssue20_CleanErrorOrResult(string target, string text)
    {
        var act = () => FuzzTargets.Run(target, System.Text.Encoding.UTF8.GetBytes(text));
        act.Should().NotThrow();
    }
}
