using System.Globalization;
using System.Text.Json;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Cli.Tests;

public class GraphCommandsTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Netan.TempFolder();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string EdgeList(string text)
    {
        var path = Path.Combine(_dir, "g.txt");
        File.WriteAllText(path, text);
        return path;
    }

    private static string[][] Rows(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToArray();

    [Test]
    public void Centrality_Degree_HeaderAndInputOrder()
    {
        var r = Netan.Run("centrality", EdgeList("c a\na b\nb c\n"), "--measure", "degree");
        r.ExitCode.Should().Be(0, r.Stderr);
        Rows(r.Stdout).Should().BeEquivalentTo(new[] { new[] { "id", "degree" }, ["c", "2"], ["a", "2"], ["b", "2"] }, o => o.WithStrictOrdering());
    }

    [Test]
    public void Centrality_BetweennessOfPath_HandDerived()
    {
        // Undirected path a-b-c-d: b and c each lie on 2 of the 3 pairs' shortest paths (raw).
        var r = Netan.Run("centrality", EdgeList("a b\nb c\nc d\n"), "-m", "betweenness", "--undirected", "--normalized", "false");
        r.ExitCode.Should().Be(0, r.Stderr);
        Rows(r.Stdout).Skip(1).Select(x => x[1]).Should().Equal("0", "2", "2", "0");
    }

    [Test]
    public void Centrality_EdgeBetweenness_PrintsSourceTargetValue()
    {
        var r = Netan.Run("centrality", EdgeList("a b\nb c\n"), "-m", "edge-betweenness", "--undirected", "--normalized", "false");
        r.ExitCode.Should().Be(0, r.Stderr);
        var rows = Rows(r.Stdout);
        rows[0].Should().Equal("source", "target", "edge-betweenness");
        rows[1].Should().Equal("a", "b", "2");
    }

    [Test]
    public void Centrality_KarateReference_MatchesNetworkXToRoundTrip()
    {
        var folder = SharedData.Require("data/external/reference-outputs-networkx");
        var r = Netan.Run("centrality", Path.Combine(folder, "karate.edges-as-used.csv"), "-m", "betweenness", "--undirected", "--normalized", "false", "--format", "csv");
        r.ExitCode.Should().Be(0, r.Stderr);
        var ours = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToDictionary(x => x[0], x => double.Parse(x[1], CultureInfo.InvariantCulture));
        var reference = File.ReadLines(Path.Combine(folder, "karate.node-metrics.csv")).Skip(1).Select(l => l.Split(','));
        foreach (var row in reference)
        {
            ours[row[0]].Should().BeApproximately(double.Parse(row[3], CultureInfo.InvariantCulture), 1e-9);
        }
    }

    [Test]
    public void Centrality_TopAndJson_HighestFirst()
    {
        var r = Netan.Run("centrality", EdgeList("hub a\nhub b\nhub c\na b\n"), "-m", "degree", "--top", "1", "--format", "json");
        r.ExitCode.Should().Be(0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        doc.RootElement.GetArrayLength().Should().Be(1);
        doc.RootElement[0].GetProperty("id").GetString().Should().Be("hub");
        doc.RootElement[0].GetProperty("degree").GetDouble().Should().Be(3);
    }

    [Test]
    public void Centrality_Timing_ReportsThreePhases()
    {
        var r = Netan.Run("centrality", EdgeList("a b\n"), "-m", "pagerank", "--timing");
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Stderr.Should().MatchRegex("load: [0-9]+ ms").And.MatchRegex("build: [0-9]+ ms").And.MatchRegex("compute: [0-9]+ ms");
    }

    [Test]
    public void Centrality_UnknownMeasure_ExitTwo()
    {
        Netan.Run("centrality", EdgeList("a b\n"), "-m", "fame").ExitCode.Should().Be(2);
    }

    [Test]
    public void Centrality_BadWeight_ExitOneNamesLine()
    {
        var r = Netan.Run("centrality", EdgeList("a b 1\nb c heavy\n"), "-m", "degree");
        r.ExitCode.Should().Be(1);
        r.Stderr.Should().Contain("g.txt:2");
    }

    [Test]
    public void Centrality_Dataset_PseudonymisesVictims()
    {
        var dataset = Netan.SmallDataset(_dir);
        var hidden = Netan.Run("centrality", dataset, "-m", "degree");
        hidden.ExitCode.Should().Be(0, hidden.Stderr);
        hidden.Stdout.Should().NotContain("v1\t").And.Contain("victim-");
        Netan.Run("centrality", dataset, "-m", "degree", "--reveal-identities").Stdout.Should().Contain("v1\t");
    }

    [Test]
    public void Communities_TwoTriangles_TwoCommunitiesAndStats()
    {
        var r = Netan.Run("communities", EdgeList("a b\nb c\nc a\nd e\ne f\nf d\nc d\n"), "--method", "louvain", "--stats");
        r.ExitCode.Should().Be(0, r.Stderr);
        var rows = Rows(r.Stdout);
        rows[0].Should().Equal("id", "community");
        var label = rows.Skip(1).ToDictionary(x => x[0], x => x[1]);
        label["a"].Should().Be(label["b"]).And.Be(label["c"]);
        label["d"].Should().Be(label["e"]).And.Be(label["f"]);
        label["a"].Should().NotBe(label["d"]);
        using var stats = JsonDocument.Parse(r.Stderr.Trim());
        stats.RootElement.GetProperty("communities").GetInt32().Should().Be(2);
        stats.RootElement.GetProperty("modularity").GetDouble().Should().BeApproximately(5.0 / 14, 1e-12);
    }

    [Test]
    public void Communities_Scc_SeparatesCycleFromTail()
    {
        var r = Netan.Run("communities", EdgeList("a b\nb a\nb c\n"), "--method", "scc");
        r.ExitCode.Should().Be(0, r.Stderr);
        var label = Rows(r.Stdout).Skip(1).ToDictionary(x => x[0], x => x[1]);
        label["a"].Should().Be(label["b"]).And.NotBe(label["c"]);
    }

    [Test]
    public void Structure_TrianglesAndTransitivity()
    {
        var path = EdgeList("a b\nb c\nc a\nc d\n");
        var t = Netan.Run("structure", path, "-m", "triangles", "--undirected");
        t.ExitCode.Should().Be(0, t.Stderr);
        Rows(t.Stdout).Skip(1).Select(x => x[1]).Should().Equal("1", "1", "1", "0");
        var tr = Netan.Run("structure", path, "-m", "transitivity", "--undirected");
        double.Parse(tr.Stdout.Trim(), CultureInfo.InvariantCulture).Should().BeApproximately(3.0 / 5, 1e-12);
    }
}

public class GenerateCommandTests
{
    [Test]
    public void Generate_SameSeedTwice_ByteIdenticalDatasetThatAnalyzes()
    {
        var dir = Netan.TempFolder();
        try
        {
            var a = Path.Combine(dir, "a");
            var b = Path.Combine(dir, "b");
            Netan.Run("generate", "--groups", "3", "--seed", "5", "--out", a).ExitCode.Should().Be(0);
            Netan.Run("generate", "--groups", "3", "--seed", "5", "--out", b).ExitCode.Should().Be(0);
            foreach (var file in new[] { "agents.csv", "transactions.csv", "groups.csv" })
            {
                File.ReadAllBytes(Path.Combine(a, file)).Should().Equal(File.ReadAllBytes(Path.Combine(b, file)));
            }

            var report = Netan.Run("analyze", a, "--out", Path.Combine(dir, "r"), "--quiet");
            report.ExitCode.Should().Be(0, report.Stderr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

public class ConvertCommandTests
{
    [Test]
    public void Convert_DatasetToGraphMLAndBack_KeepsEdgesAndProtectsVictims()
    {
        var dir = Netan.TempFolder();
        try
        {
            var dataset = Netan.SmallDataset(dir);
            var graphml = Path.Combine(dir, "case.graphml");
            var r = Netan.Run("convert", dataset, graphml);
            r.ExitCode.Should().Be(0, r.Stderr);
            var text = File.ReadAllText(graphml);
            text.Should().Contain("Marco Ferri").And.NotContain("Ana Popescu").And.Contain("victim-");
            r.Stderr.Should().Contain("pseudonym");

            var degree = Netan.Run("centrality", graphml, "-m", "degree");
            degree.ExitCode.Should().Be(0, degree.Stderr);
            degree.Stdout.Should().Contain("boss\t3");

            var back = Path.Combine(dir, "back");
            Netan.Run("convert", graphml, back, "--to", "dataset").ExitCode.Should().Be(0);
            File.ReadAllLines(Path.Combine(back, "transactions.csv")).Length.Should().Be(6);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Convert_HostileXml_ExitOneAndNoOutput()
    {
        var dir = Netan.TempFolder();
        try
        {
            var bomb = Path.Combine(dir, "bomb.graphml");
            File.WriteAllText(bomb, """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><graphml><graph>&lol2;</graph></graphml>""");
            var output = Path.Combine(dir, "out.net");
            var r = Netan.Run("convert", bomb, output);
            r.ExitCode.Should().Be(1);
            r.Stderr.Should().Contain("bomb.graphml");
            File.Exists(output).Should().BeFalse();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void Convert_FtmInAndOut_KeepsTiesAndLenientSkipsUnknownSchemata()
    {
        var dir = Netan.TempFolder();
        try
        {
            var ftm = Path.Combine(dir, "case.ftm.json");
            File.WriteAllText(ftm, """
                {"id": "a", "schema": "Person", "properties": {"name": ["Kaya"]}}
                {"id": "c", "schema": "Company", "properties": {"name": ["Blue Sea"]}}
                {"id": "o", "schema": "Ownership", "properties": {"owner": ["a"], "asset": ["c"], "percentage": ["60"]}}
                {"id": "p", "schema": "Payment", "properties": {"payer": ["c"], "beneficiary": ["a"], "amount": ["10"], "currency": ["EUR"]}}
                {"id": "x", "schema": "Spaceship", "properties": {}}
                """);
            var folder = Path.Combine(dir, "case");
            var strict = Netan.Run("convert", ftm, folder, "--to", "dataset");
            strict.ExitCode.Should().Be(1);
            strict.Stderr.Should().Contain("case.ftm.json").And.Contain(":5").And.Contain("Spaceship").And.Contain("--lenient");
            Directory.Exists(folder).Should().BeFalse("nothing is written on failure");

            var lenient = Netan.Run("convert", ftm, folder, "--to", "dataset", "--lenient");
            lenient.ExitCode.Should().Be(0, lenient.Stderr);
            lenient.Stderr.Should().Contain("1 entities of unknown or abstract schemata skipped");
            File.ReadAllText(Path.Combine(folder, "ties.csv")).Should().Contain("o,a,c,ownership,,,60");

            var neo4j = Path.Combine(dir, "neo4j");
            Netan.Run("convert", folder, neo4j, "--to", "neo4j").ExitCode.Should().Be(0);
            File.ReadAllText(Path.Combine(neo4j, "ties.csv")).Should().Contain("a,c,OWNERSHIP,o,ownership");
            File.Exists(Path.Combine(neo4j, "import.cypher")).Should().BeTrue();

            var back = Path.Combine(dir, "back.ftm.json");
            Netan.Run("convert", folder, back).ExitCode.Should().Be(0);
            File.ReadAllText(back).Should().Contain("\"schema\":\"Ownership\"").And.Contain("\"percentage\":[\"60\"]");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
