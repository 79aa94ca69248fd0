using System.Text.Json;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Cli.Tests;

public class AnalyticsCommandsTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = Netan.TempFolder();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    /// <summary>
    /// A tiny case: i (G1) pays j (G2), j pays k (G3) and k2 (G2), so j brokers i > j > k as a liaison and
    /// i > j > k2 as a gatekeeper; a > b > c is a chain; a victim v deals with b; x and y pay each other.
    /// </summary>
    private string TinyCase()
    {
        var folder = Path.Combine(_dir, "tiny");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "agents.csv"), """
            id,kind,name,country,groups,functions,sensitivity
            i,person,,,G1,,
            j,person,,,G2,,
            k,person,,,G3,,
            k2,person,,,G2,,
            a,person,,,,,
            b,person,,,,transport,
            c,person,,,,,
            v,victim,Vera Secret,,,,victim
            x,person,,,,,
            y,person,,,,,
            """);
        File.WriteAllText(Path.Combine(folder, "transactions.csv"), """
            id,source,target,kind,time,amount,currency,country,route,persons
            t1,i,j,communication,2024-01-01,,,,,
            t2,j,k,communication,2024-01-02,,,,,
            t3,j,k2,communication,2024-01-03,,,,,
            t4,b,c,payment,2024-01-01,30,EUR,,,
            t5,a,b,payment,2024-01-05,100,EUR,,,
            t6,b,c,payment,2024-01-10,150,EUR,,,
            t7,v,b,exploitation,2024-01-06,,,,,
            t8,x,y,payment,2024-02-01,100,EUR,,,
            t9,y,x,payment,2024-02-03,40,EUR,,,
            """);
        File.WriteAllText(Path.Combine(folder, "groups.csv"), "id,name,type\nG1,One,\nG2,Two,\nG3,Three,\n");
        return folder;
    }

    private static string[][] Table(Netan.Result r)
    {
        r.ExitCode.Should().Be(0, r.Stderr);
        return r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToArray();
    }

    private static string[] Row(string[][] table, string first) => table.Single(row => row[0] == first);

    private static string Cell(string[][] table, string[] row, string column) => row[Array.IndexOf(table[0], column)];

    [Test]
    public void Functions_SmallDataset_DeclaredRowsAndGroupCoverage()
    {
        var dataset = Netan.SmallDataset(_dir);
        var agents = Table(Netan.Run("functions", dataset));
        agents[0].Should().Equal("id", "function", "source", "evidence");
        agents.Should().Contain(row => row[0] == "boss" && row[1] == "coordination" && row[2] == "declared");

        var groups = Table(Netan.Run("functions", dataset, "--groups"));
        groups[0].Should().Equal("group", "function", "coverage", "in_house", "bought_from", "redundancy", "single_points_of_failure");
        var transport = groups.Single(row => row[0] == "g1" && row[1] == "transport");
        transport[2].Should().Be("in_house");
        transport[3].Should().Be("driver");
        transport[5].Should().Be("1");
        transport[6].Should().Be("driver");
    }

    [Test]
    public void Brokers_CrossGroupChain_LiaisonAndGatekeeperCounted()
    {
        var table = Table(Netan.Run("brokers", TinyCase()));
        table[0].Should().Equal(
            "id", "coordinator", "itinerant", "gatekeeper", "representative", "liaison",
            "coordinator_expected", "itinerant_expected", "gatekeeper_expected", "representative_expected", "liaison_expected",
            "constraint", "effective_size", "efficiency", "hierarchy");
        var j = Row(table, "j");
        j[1..6].Should().Equal("0", "0", "1", "0", "1");
    }

    [Test]
    public void Brokers_SpheresCsv_HeaderInCsv()
    {
        var r = Netan.Run("brokers", TinyCase(), "--partition", "spheres", "--format", "csv");
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Stdout.Should().StartWith("id,coordinator,itinerant,gatekeeper,representative,liaison,coordinator_expected,");
    }

    [Test]
    public void Upperworld_Bribe_OfficialRankedAndLinkListed()
    {
        var dataset = Netan.SmallDataset(_dir);
        var exposure = Table(Netan.Run("upperworld", dataset));
        exposure[0][..3].Should().Equal("rank", "id", "kind");
        var officer = exposure.Single(row => row[1] == "officer");
        Cell(exposure, officer, "kind").Should().Be("official");
        Cell(exposure, officer, "amounts").Should().Be("500 EUR");

        var links = Table(Netan.Run("upperworld", dataset, "--links"));
        var link = links.Single(row => row[0] == "officer");
        Cell(links, link, "underworld_id").Should().Be("boss");
        Cell(links, link, "kind").Should().Be("bribe");
        Cell(links, link, "from_upperworld").Should().Be("false");
        Netan.Run("upperworld", dataset, "--links", "--gateways").ExitCode.Should().Be(2);
    }

    [Test]
    public void KeyPlayers_Chain_MiddleAgentDisconnectsEverything()
    {
        var folder = Path.Combine(_dir, "chain.txt");
        File.WriteAllText(folder, "a b\nb c\n");
        var table = Table(Netan.Run("keyplayers", folder, "--k", "1"));
        table[0].Should().Equal("id", "kind", "fragmentation");
        table[1][0].Should().Be("b");
        table[1][2].Should().Be("1");
        Table(Netan.Run("keyplayers", folder, "--k", "1", "--positive"))[0][2].Should().Be("reach");
        Netan.Run("keyplayers", folder, "--k", "0").ExitCode.Should().Be(2);
    }

    [Test]
    public void Disrupt_Star_HubRemovedFirst()
    {
        var file = Path.Combine(_dir, "star.txt");
        File.WriteAllText(file, "h a\nh b\nh c\nh d\na b\n");
        var table = Table(Netan.Run("disrupt", file, "--strategy", "degree", "--steps", "1"));
        table[0][..2].Should().Equal("step", "removed");
        table.Should().HaveCount(3);
        Cell(table, table[1], "largest_component").Should().Be("5");
        Cell(table, table[2], "removed").Should().Be("h");
        Cell(table, table[2], "largest_component").Should().Be("2");
        Netan.Run("disrupt", file, "--strategy", "random").ExitCode.Should().Be(2);
    }

    [Test]
    public void Disrupt_Remove_NamedAgentsGoFirst()
    {
        var file = Path.Combine(_dir, "star-remove.txt");
        File.WriteAllText(file, "h a\nh b\nh c\nh d\na b\n");
        var table = Table(Netan.Run("disrupt", file, "--remove", "b,a", "--steps", "2"));
        Cell(table, table[2], "removed").Should().Be("b");
        Cell(table, table[3], "removed").Should().Be("a");
        Cell(table, table[3], "largest_component").Should().Be("3");
        var unknown = Netan.Run("disrupt", file, "--remove", "nobody");
        unknown.ExitCode.Should().Be(1);
        unknown.Stderr.Should().Contain("nobody").And.NotContain("   at ");
    }

    [Test]
    public void Ego_VictimNeighbour_PseudonymisedUnlessRevealed()
    {
        var tiny = TinyCase();
        var table = Table(Netan.Run("ego", tiny, "b"));
        table[0].Should().Equal("id", "kind", "sphere", "distance");
        Row(table, "b")[3].Should().Be("0");
        Row(table, "a")[3].Should().Be("1");
        table.Should().NotContain(row => row[0] == "v");
        var victim = table.Single(row => row[1] == "victim")[0];
        victim.Should().StartWith("victim-");

        Table(Netan.Run("ego", tiny, "b", "--reveal-identities")).Should().Contain(row => row[0] == "v");
        var ties = Netan.Run("ego", tiny, "b", "--ties");
        ties.ExitCode.Should().Be(0, ties.Stderr);
        ties.Stdout.Should().StartWith("source\ttarget\tweight").And.NotContain("\tv\t").And.Contain(victim);

        // The printed pseudonym is accepted as the agent, so a victim can be queried without revealing them.
        Row(Table(Netan.Run("ego", tiny, victim)), victim)[3].Should().Be("0");
    }

    [Test]
    public void Ego_UnknownAgentOrBadDate_ExitOneOrTwo()
    {
        var tiny = TinyCase();
        var unknown = Netan.Run("ego", tiny, "nobody");
        unknown.ExitCode.Should().Be(1);
        unknown.Stderr.Should().Contain("unknown agent 'nobody'");
        var badDate = Netan.Run("ego", tiny, "b", "--from", "2024-13-01");
        badDate.ExitCode.Should().Be(2);
        badDate.Stderr.Should().Contain("--from");
        Netan.Run("ego", tiny, "b", "--kinds", "alien").ExitCode.Should().Be(2);
        Netan.Run("ego", tiny, "b", "--no-such-option").ExitCode.Should().Be(2);
    }

    [Test]
    public void Ego_DateWindow_DropsLaterTransactions()
    {
        var table = Table(Netan.Run("ego", TinyCase(), "b", "--to", "2024-01-04"));
        table.Select(row => row[0]).Should().BeEquivalentTo("id", "b", "c");
    }

    [Test]
    public void Paths_Chain_AToCThroughB()
    {
        var tiny = TinyCase();
        var table = Table(Netan.Run("paths", tiny, "a", "c"));
        table[0].Should().Equal("rank", "hops", "length", "path");
        table[1].Should().Equal("1", "2", "2", "a > b > c");

        var timed = Table(Netan.Run("paths", tiny, "a", "c", "--time-respecting"));
        timed[0][..4].Should().Equal("hop", "transaction", "source", "target");
        timed.Skip(1).Select(row => row[1]).Should().Equal("t5", "t6");
        Netan.Run("paths", tiny, "a", "zz").ExitCode.Should().Be(1);
    }

    [Test]
    public void Trace_ForwardingCappedAtWhatWasReceived()
    {
        var table = Table(Netan.Run("trace", TinyCase(), "a"));
        table[0].Should().Equal("id", "kind", "hops", "reached", "forwarded", "retained");
        var b = Row(table, "b");
        Cell(table, b, "reached").Should().Be("100");
        Cell(table, b, "forwarded").Should().Be("100");
        Cell(table, Row(table, "c"), "reached").Should().Be("100");

        var flows = Table(Netan.Run("trace", TinyCase(), "a", "--flows", "--format", "tsv"));
        flows.Skip(1).Select(row => row[1]).Should().BeEquivalentTo("t5", "t6");
    }

    [Test]
    public void Cycles_TwoWayPayments_OneCycleWithBottleneck()
    {
        var r = Netan.Run("cycles", TinyCase(), "--max-length", "3", "--format", "json");
        r.ExitCode.Should().Be(0, r.Stderr);
        using var json = JsonDocument.Parse(r.Stdout);
        var cycle = json.RootElement.EnumerateArray().Single();
        cycle.GetProperty("cycle").GetString().Should().BeOneOf("x > y > x", "y > x > y");
        cycle.GetProperty("length").GetInt32().Should().Be(2);
        cycle.GetProperty("bottleneck").GetDecimal().Should().Be(40m);
        Netan.Run("cycles", TinyCase(), "--max-length", "1").ExitCode.Should().Be(2);
    }

    [Test]
    public void AllCommands_SampleCase_ExitZeroAndNoVictimIds()
    {
        var sample = Path.Combine(SharedData.RepositoryRoot, "samples", "operation-mare-nostrum");
        var sensitive = File.ReadLines(Path.Combine(sample, "agents.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f.Length > 7 && f[7].Length > 0)
            .Select(f => f[0])
            .ToHashSet();
        sensitive.Should().NotBeEmpty();
        var runs = new[]
        {
            new[] { "functions", sample }, ["brokers", sample], ["upperworld", sample], ["keyplayers", sample, "--k", "3"],
            ["disrupt", sample, "--steps", "3"], ["ego", sample, "P11", "--hops", "2"], ["paths", sample, "P01", "P24", "--k", "2"],
            ["trace", sample, "P10"], ["cycles", sample],
        };
        foreach (var args in runs)
        {
            var table = Table(Netan.Run(args));
            table.Length.Should().BeGreaterThan(1, string.Join(' ', args));
            table.Skip(1).SelectMany(row => row.SelectMany(cell => cell.Split([" > ", ";"], StringSplitOptions.None)))
                .Should().NotIntersectWith(sensitive, string.Join(' ', args));
        }
    }

    [Test]
    public void Functions_OutFile_WrittenAndStdoutEmpty()
    {
        var outFile = Path.Combine(_dir, "f.csv");
        var r = Netan.Run("functions", Netan.SmallDataset(_dir), "--format", "csv", "--out", outFile);
        r.ExitCode.Should().Be(0, r.Stderr);
        r.Stdout.Should().BeEmpty();
        File.ReadAllText(outFile).Should().StartWith("id,function,source,evidence\n");
    }
}
