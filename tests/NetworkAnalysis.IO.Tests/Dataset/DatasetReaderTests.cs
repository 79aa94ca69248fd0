using System.Text;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Dataset;

namespace NetworkAnalysis.IO.Tests.Dataset;

public class DatasetReaderTests
{
    private const string AgentsHeader = "id,kind\n";
    private const string TwoAgents = "id,kind\na,person\nb,business\n";

    private static InputFormatException ReadFails(TempFolder folder, DatasetReadOptions? options = null)
    {
        var act = () => DatasetReader.Read(folder.Path, options);
        return act.Should().Throw<InputFormatException>().Which;
    }

    private static TempFolder Dataset(string agents, string transactions, string? groups = null)
    {
        var folder = new TempFolder().With("agents.csv", agents).With("transactions.csv", transactions);
        return groups is null ? folder : folder.With("groups.csv", groups);
    }

    [Test]
    public void Read_TinyExample_LoadsEveryColumn()
    {
        var network = DatasetReader.Read(ExampleDatasets.Tiny);

        network.AgentCount.Should().Be(8);
        network.Agents.Select(a => a.Id).Should().Equal("boss", "driver", "forger", "travel", "guard", "m1", "v1", "w1");
        var boss = network.GetAgent("boss");
        boss.Name.Should().Be("Kaya, Emre");
        boss.Kind.Should().Be(AgentKind.Person);
        boss.Sphere.Should().Be(Sphere.Underworld);
        boss.Country.Should().Be("TR");
        boss.Groups.Should().Equal("ring");
        boss.Functions.Should().Equal(Function.Financing, Function.Coordination);
        boss.Attributes.Should().Contain("source_ref", "case-17");
        network.GetAgent("forger").Name.Should().BeNull();
        network.GetAgent("travel").Sphere.Should().Be(Sphere.Upperworld);
        network.GetAgent("m1").Sphere.Should().Be(Sphere.None);
        network.GetAgent("v1").Sensitivity.Should().Be(Sensitivity.Victim);
        network.GetAgent("w1").Sphere.Should().Be(Sphere.Upperworld);
        network.GetAgent("driver").Attributes.Should().BeEmpty();

        network.TransactionCount.Should().Be(9);
        var t1 = network.Transactions[0];
        t1.Id.Should().Be("t1");
        t1.Kind.Should().Be(TransactionKind.Fee);
        t1.Time.Should().Be(new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.Zero));
        t1.Amount.Should().Be(4500.00m);
        t1.Currency.Should().Be("EUR");
        t1.Persons.Should().Be(1);
        t1.Weight.Should().Be(1.0);
        network.Transactions[1].Time.Should().Be(new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero));
        network.Transactions[2].Time!.Value.Offset.Should().Be(TimeSpan.FromHours(3));
        network.Transactions[4].Route.Should().Equal("TR", "GR", "IT");
        network.Transactions[4].Weight.Should().Be(2.5);
        network.Transactions[7].Source.Should().Be("boss");
        network.Transactions[7].Target.Should().Be("boss");
        network.Transactions[7].Time.Should().BeNull();
        network.Transactions[8].Time.Should().Be(new DateTimeOffset(2024, 4, 2, 10, 15, 30, 500, TimeSpan.Zero));

        network.TransactionSources.ToArray().Should().Equal(5, 0, 0, 2, 1, 0, 0, 0, 7);
        network.TransactionTargets.ToArray().Should().Equal(0, 1, 4, 0, 5, 3, 6, 0, 0);
        network.Groups.Should().ContainSingle().Which.Should().Be(new Group("ring") { Name = "The Aegean ring", Type = GroupType.SmallEnterprise });
        network.GroupMembers("ring").Should().Equal(0, 1);

        network.Ties.Should().Equal(
            new Tie("boss", "travel", TieKind.Ownership) { Id = "own-1", Start = new DateTimeOffset(2019, 5, 1, 0, 0, 0, TimeSpan.Zero), Attributes = new Dictionary<string, string> { ["percentage"] = "60" } },
            new Tie("boss", "driver", TieKind.Family) { Id = "fam-1" });
        network.TieSources.ToArray().Should().Equal(0, 0);
        network.TieTargets.ToArray().Should().Equal(3, 1);
    }

    [TestCase("a,b,owns,,", "kind", "unknown tie kind 'owns'")]
    [TestCase("a,zz,family,,", "target", "unknown agent 'zz' (not in agents.csv)")]
    [TestCase(",b,family,,", "source", "missing value: the source agent id is required")]
    [TestCase("a,b,family,2024-13-01,", "start", "is not an ISO 8601 date")]
    [TestCase("a,b,family,2024-02-01,2024-01-01", "end", "the tie ends before it starts")]
    [TestCase("a,b,,,", "kind", "missing value: the tie kind is required")]
    public void Read_BadTieRow_NamesFileLineColumn(string row, string column, string message)
    {
        using var folder = Dataset(TwoAgents, "source,target,kind\n").With("ties.csv", "source,target,kind,start,end\na,b,family,,\n" + row + "\n");
        var problem = ReadFails(folder).Problems.Should().ContainSingle().Subject;
        problem.File.Should().EndWith("ties.csv");
        problem.Line.Should().Be(3);
        problem.Column.Should().Be(column);
        problem.Message.Should().Contain(message);
    }

    [Test]
    public void Read_DuplicateTieId_NamesTheFirstLine()
    {
        using var folder = Dataset(TwoAgents, "source,target,kind\n").With("ties.csv", "id,source,target,kind\nx,a,b,family\nx,b,a,ownership\n");
        ReadFails(folder).Problems.Should().ContainSingle().Which.Message.Should().Contain("duplicate tie id 'x' (first on line 2)");
    }

    [Test]
    public void Read_TiesMissingRequiredColumn_IsAProblem()
    {
        using var folder = Dataset(TwoAgents, "source,target,kind\n").With("ties.csv", "source,target\na,b\n");
        ReadFails(folder).Problems.Should().ContainSingle().Which.Column.Should().Be("kind");
    }

    [Test]
    public void Read_TransactionEndpoints_AreTheAgentsIdInstances()
    {
        var network = DatasetReader.Read(ExampleDatasets.Tiny);
        ReferenceEquals(network.Transactions[1].Source, network.GetAgent("boss").Id).Should().BeTrue();
    }

    [Test]
    public void Read_ReorderedUpperCaseHeadersAndBom_AreAccepted()
    {
        var bom = Encoding.UTF8.GetPreamble();
        using var folder = new TempFolder()
            .WithBytes("agents.csv", bom.Concat(Encoding.UTF8.GetBytes("Kind, ID ,NAME\r\nPerson,a,Ann\r\nBUSINESS,b,\r\n")).ToArray())
            .With("transactions.csv", "TARGET,Kind,Source\nb,Payment,a\n");

        var network = DatasetReader.Read(folder.Path);

        network.Agents.Should().Equal(
            new Agent("a", AgentKind.Person) { Name = "Ann" },
            new Agent("b", AgentKind.Business));
        network.Transactions.Should().Equal(new Transaction("a", "b", TransactionKind.Payment));
    }

    [Test]
    public void Read_UpperCaseFileNames_AreFound()
    {
        using var folder = new TempFolder().With("AGENTS.CSV", TwoAgents).With("Transactions.csv", "source,target,kind\na,b,fee\n");
        DatasetReader.Read(folder.Path).TransactionCount.Should().Be(1);
    }

    [Test]
    public void Read_UnknownColumns_KeptAsAttributesWithHeaderSpelling()
    {
        using var folder = Dataset("id,kind,Case Ref,notes\na,person,C-1,\"multi\nline\"\nb,person,,\n", "source,target,kind,Evidence\na,b,fee,phone\na,b,fee,\n", "id,colour\ng,red\n");

        var network = DatasetReader.Read(folder.Path);

        network.GetAgent("a").Attributes.Should().BeEquivalentTo(new Dictionary<string, string> { ["Case Ref"] = "C-1", ["notes"] = "multi\nline" });
        network.GetAgent("a").Attributes["case ref"].Should().Be("C-1");
        network.GetAgent("b").Attributes.Should().BeEmpty();
        network.Transactions[0].Attributes.Should().BeEquivalentTo(new Dictionary<string, string> { ["Evidence"] = "phone" });
        network.Transactions[1].Attributes.Should().BeEmpty();
        network.FindGroup("g")!.Attributes.Should().Contain("colour", "red");
    }

    [Test]
    public void Read_GroupOnlyNamedByAgents_ExistsWithoutNameOrType()
    {
        using var folder = Dataset("id,kind,groups\na,person,g1; g2\nb,person,g2\n", "source,target,kind\n");
        var network = DatasetReader.Read(folder.Path);
        network.Groups.Should().Equal(new Group("g1"), new Group("g2"));
        network.GroupMembers("g2").Should().Equal(0, 1);
    }

    [Test]
    public void Read_LowerCaseCodes_AreUpperCased()
    {
        using var folder = Dataset("id,kind,country\na,person,gr\nb,person,\n", "source,target,kind,currency,country,route\na,b,fee,eur,it,tr > gr\n");
        var network = DatasetReader.Read(folder.Path);
        network.GetAgent("a").Country.Should().Be("GR");
        network.Transactions[0].Should().BeEquivalentTo(new { Currency = "EUR", Country = "IT" });
        network.Transactions[0].Route.Should().Equal("TR", "GR");
    }

    [Test]
    public void Read_TrailingEmptyHeaderColumnsAndEmptyExtraFields_AreTolerated()
    {
        using var folder = Dataset("id,kind,,\na,person,,\nb,person\n", "source,target,kind\na,b,fee,,\n");
        DatasetReader.Read(folder.Path).AgentCount.Should().Be(2);
    }

    [Test]
    public void Read_MissingFolder_NamesIt()
    {
        var act = () => DatasetReader.Read("/nonexistent/netan/folder");
        act.Should().Throw<InputFormatException>().Which.Problems.Single().Message.Should().Contain("does not exist");
    }

    [Test]
    public void Read_MissingRequiredFiles_NamesBoth()
    {
        using var folder = new TempFolder().With("groups.csv", "id\n");
        var e = ReadFails(folder);
        e.Problems.Select(p => Path.GetFileName(p.File)).Should().Equal("agents.csv", "transactions.csv");
        e.Problems.Should().OnlyContain(p => p.Message.Contains("missing"));
    }

    [Test]
    public void Read_EmptyFile_IsAProblem()
    {
        using var folder = Dataset(string.Empty, "source,target,kind\n");
        ReadFails(folder).Problems.Single().Should().Match<InputProblem>(p => p.File.EndsWith("agents.csv") && p.Line == 1 && p.Message.Contains("empty"));
    }

    [Test]
    public void Read_BrokenHeader_IsOneProblemNotAlsoEmpty()
    {
        using var folder = Dataset("id,\"kind\n", "source,target,kind\n");
        ReadFails(folder).Problems.Single().Message.Should().Contain("not closed");
    }

    [TestCase("id,name\na,Ann\n", "kind")]
    [TestCase("kind\nperson\n", "id")]
    public void Read_MissingRequiredAgentColumn_NamesColumnOnHeaderLine(string agents, string column)
    {
        using var folder = Dataset(agents, "source,target,kind\n");
        var problem = ReadFails(folder).Problems.Single();
        problem.File.Should().EndWith("agents.csv");
        problem.Line.Should().Be(1);
        problem.Column.Should().Be(column);
    }

    [Test]
    public void Read_MissingRequiredTransactionColumns_NamesEach()
    {
        using var folder = Dataset(TwoAgents, "source,amount\n");
        ReadFails(folder).Problems.Select(p => p.Column).Should().Equal("target", "kind");
    }

    [Test]
    public void Read_DuplicateHeaderColumn_IsAProblem()
    {
        using var folder = Dataset("id,kind,Name,name\n", "source,target,kind\n");
        ReadFails(folder).Problems.Single().Should().Match<InputProblem>(p => p.Column == "name" && p.Message.Contains("twice"));
    }

    [TestCase("a,persn", "kind", "unknown agent kind 'persn'")]
    [TestCase("a,", "kind", "missing value")]
    [TestCase(",person", "id", "missing value")]
    public void Read_BadAgentRow_NamesFileLineColumn(string row, string column, string message)
    {
        using var folder = Dataset(AgentsHeader + "ok,person\n" + row + "\n", "source,target,kind\n");
        var problem = ReadFails(folder).Problems.Single();
        problem.Should().Match<InputProblem>(p => p.File.EndsWith("agents.csv") && p.Line == 3 && p.Column == column);
        problem.Message.Should().Contain(message);
    }

    [TestCase("sphere", "middleworld", "unknown sphere 'middleworld'")]
    [TestCase("functions", "transport;smuggling", "unknown function 'smuggling'")]
    [TestCase("sensitivity", "secret", "unknown sensitivity 'secret'")]
    [TestCase("country", "GRC", "not a two-letter")]
    [TestCase("groups", "g1;g1", "listed twice")]
    public void Read_BadOptionalAgentValue_NamesColumn(string column, string value, string message)
    {
        using var folder = Dataset($"id,kind,{column}\na,person,{value}\n", "source,target,kind\n");
        var problem = ReadFails(folder).Problems.Single();
        problem.Should().Match<InputProblem>(p => p.Line == 2 && p.Column == column);
        problem.Message.Should().Contain(message);
    }

    [Test]
    public void Read_DuplicateAgentId_NamesBothLines()
    {
        using var folder = Dataset("id,kind\na,person\nb,person\na,official\n", "source,target,kind\n");
        var problem = ReadFails(folder).Problems.Single();
        problem.Should().Match<InputProblem>(p => p.Line == 4 && p.Column == "id");
        problem.Message.Should().Contain("duplicate agent id 'a'").And.Contain("line 2");
    }

    [TestCase("time", "2024-13-01", "not an ISO 8601")]
    [TestCase("time", "01/03/2024", "not an ISO 8601")]
    [TestCase("amount", "1,200.50", "not a number")]
    [TestCase("amount", "-5", "must not be negative")]
    [TestCase("persons", "2.5", "not a whole number")]
    [TestCase("persons", "-1", "must not be negative")]
    [TestCase("weight", "heavy", "not a number")]
    [TestCase("weight", "0", "positive and finite")]
    [TestCase("weight", "NaN", "positive and finite")]
    [TestCase("currency", "EURO", "three-letter")]
    [TestCase("country", "Greece", "two-letter")]
    [TestCase("route", "TR>Greece", "route stop 'Greece'")]
    [TestCase("kind", "smuggle", "unknown transaction kind 'smuggle'")]
    [TestCase("source", "zed", "unknown agent 'zed'")]
    [TestCase("target", "", "missing value")]
    public void Read_BadTransactionValue_NamesFileLineColumn(string column, string value, string message)
    {
        var columns = new[] { "source", "target", "kind", column }.Distinct().ToArray();
        string Value(string c) => c == column ? Quote(value) : c switch { "source" => "a", "target" => "b", "kind" => "fee", _ => string.Empty };
        var good = string.Join(",", columns.Select(c => c switch { "source" => "a", "target" => "b", "kind" => "fee", _ => string.Empty }));
        var bad = string.Join(",", columns.Select(Value));
        using var folder = Dataset(TwoAgents, string.Join(",", columns) + "\n" + good + "\n" + good + "\n" + bad + "\n");

        var problem = ReadFails(folder).Problems.Single();

        problem.File.Should().EndWith("transactions.csv");
        problem.Line.Should().Be(4);
        problem.Column.Should().Be(column);
        problem.Message.Should().Contain(message);
    }

    [Test]
    public void Read_DuplicateTransactionId_IsAProblem()
    {
        using var folder = Dataset(TwoAgents, "id,source,target,kind\nt1,a,b,fee\nt2,a,b,fee\nt1,b,a,fee\n");
        ReadFails(folder).Problems.Single().Should().Match<InputProblem>(p => p.Line == 4 && p.Column == "id" && p.Message.Contains("duplicate transaction id 't1'"));
    }

    [Test]
    public void Read_BadGroupRows_AreProblems()
    {
        using var folder = Dataset(TwoAgents, "source,target,kind\n", "id,type\ng1,transnational\ng1,small_enterprise\ng2,huge\n,transnational\n");
        ReadFails(folder).Problems.Select(p => (p.Line, p.Column)).Should().Equal((3L, "id"), (4L, "type"), (5L, "id"));
    }

    [Test]
    public void Read_LineNumbersAfterEmbeddedNewlines_AreThePhysicalLines()
    {
        using var folder = Dataset(
            "id,kind,name\na,person,\"two\nlines\"\nb,person,\"three\r\nlines\r\nhere\"\nc,persn,x\n",
            "source,target,kind,amount\na,b,fee,1\n\na,b,fee,oops\n");
        var problems = ReadFails(folder).Problems;
        problems.Select(p => (Path.GetFileName(p.File), p.Line, p.Column)).Should().Equal(("agents.csv", 7L, "kind"), ("transactions.csv", 4L, "amount"));
    }

    [Test]
    public void Read_UnterminatedQuote_NamesTheFile()
    {
        using var folder = Dataset(TwoAgents, "source,target,kind,id\na,b,fee,\"t1\na,b,fee,t2\n");
        var problem = ReadFails(folder).Problems.Single();
        problem.File.Should().EndWith("transactions.csv");
        problem.Message.Should().Contain("not closed");
    }

    [Test]
    public void Read_ExtraNonEmptyFields_IsAProblem()
    {
        using var folder = Dataset(TwoAgents, "source,target,kind\na,b,fee\na,b,fee,surprise\n");
        ReadFails(folder).Problems.Single().Should().Match<InputProblem>(p => p.Line == 3 && p.Column == null && p.Message.Contains("4 fields but the header has 3"));
    }

    [Test]
    public void Read_FewerFields_MissingValuesAreEmpty()
    {
        using var folder = Dataset("id,kind,name,country\na,person\nb,person,Bo\n", "source,target,kind,amount\na,b,fee\n");
        var network = DatasetReader.Read(folder.Path);
        network.GetAgent("a").Name.Should().BeNull();
        network.Transactions[0].Amount.Should().BeNull();
    }

    [Test]
    public void Read_InvalidUtf8_NamesTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes("id,kind,name\na,person,ok\nb,person,").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();
        using var folder = new TempFolder().WithBytes("agents.csv", bytes).With("transactions.csv", "source,target,kind\n");
        ReadFails(folder).Problems.Single().Should().Match<InputProblem>(p => p.File.EndsWith("agents.csv") && p.Line == 3 && p.Message.Contains("UTF-8"));
    }

    [Test]
    public void Read_FieldOverTheCap_IsAProblemNotAnOutOfMemory()
    {
        using var folder = Dataset("id,kind,name\na,person," + new string('n', 5000) + "\n", "source,target,kind\n");
        var problem = ReadFails(folder, new DatasetReadOptions { MaxFieldLength = 4096 }).Problems.Single();
        problem.Should().Match<InputProblem>(p => p.Line == 2 && p.Message.Contains("longer than 4096"));
    }

    [Test]
    public void Read_RowsOverTheCap_IsAProblem()
    {
        using var folder = Dataset(TwoAgents, "source,target,kind\na,b,fee\na,b,fee\na,b,fee\n");
        var e = ReadFails(folder, new DatasetReadOptions { MaxRows = 2 });
        e.Problems.Single().Message.Should().Contain("more than 2 rows");
        e.StoppedEarly.Should().BeTrue();
    }

    [Test]
    public void Read_ManyBadRows_StopsAtTwentyProblems()
    {
        var rows = string.Concat(Enumerable.Range(0, 100).Select(i => $"a,b,bad{i}\n"));
        using var folder = Dataset(TwoAgents, "source,target,kind\n" + rows);

        var e = ReadFails(folder);

        e.Problems.Should().HaveCount(InputFormatException.MaxListedProblems);
        e.TotalProblems.Should().Be(20);
        e.StoppedEarly.Should().BeTrue();
        e.Problems.Select(p => p.Line).Should().Equal(Enumerable.Range(2, 20).Select(i => (long?)i));
        e.Message.Should().Contain("stopped looking after the first 20");
    }

    [Test]
    public void Read_AgentRowFailed_TransactionsNamingItAddNoSecondProblem()
    {
        using var folder = Dataset("id,kind\na,person\nb,persn\n", "source,target,kind\na,b,fee\nb,a,fee\n");
        ReadFails(folder).Problems.Should().ContainSingle().Which.File.Should().EndWith("agents.csv");
    }

    [Test]
    public void Read_ParallelAndSequential_GiveEqualNetworksAndProblems()
    {
        var random = new Random(11);
        var agents = new StringBuilder("id,kind,name\n");
        for (var i = 0; i < 300; i++)
        {
            agents.Append($"a{i},person,\"Name {i}, \"\"q\"\"\nline\"\n");
        }

        var good = new StringBuilder("id,source,target,kind,amount,currency,route,note\n");
        for (var i = 0; i < 40_000; i++)
        {
            good.Append($"t{i},a{random.Next(300)},a{random.Next(300)},fee,{random.Next(1000)}.5,EUR,TR>GR,{(i % 7 == 0 ? "n" + i : string.Empty)}\n");
        }

        using var folder = Dataset(agents.ToString(), good.ToString());
        var sequential = DatasetReader.Read(folder.Path, new DatasetReadOptions { MaxDegreeOfParallelism = 1 });
        foreach (var degree in new[] { 2, 3 })
        {
            var parallel = DatasetReader.Read(folder.Path, new DatasetReadOptions { MaxDegreeOfParallelism = degree, ParallelMinimumBytes = 0 });
            parallel.Transactions.Should().Equal(sequential.Transactions);
            parallel.TransactionSources.ToArray().Should().Equal(sequential.TransactionSources.ToArray());
            parallel.TransactionTargets.ToArray().Should().Equal(sequential.TransactionTargets.ToArray());
        }

        // Problems spread over many blocks come out in file order whatever the thread count.
        var bad = good.ToString().Replace("t39999,", "t1,").Replace(",a17,", ",zz,").Replace("fee,99", "fee,x9");
        using var badFolder = Dataset(agents.ToString(), bad);
        var expected = ReadFails(badFolder, new DatasetReadOptions { MaxDegreeOfParallelism = 1 });
        var actual = ReadFails(badFolder, new DatasetReadOptions { MaxDegreeOfParallelism = 2, ParallelMinimumBytes = 0 });
        actual.Problems.Should().Equal(expected.Problems);
        actual.Problems.Select(p => p.Line).Should().BeInAscendingOrder();
        expected.Problems.Should().HaveCount(20);
    }

    private static string Quote(string value) => value.Contains(',') ? "\"" + value + "\"" : value;
}
