using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Storage.Tests;

/// <summary>
/// What every <see cref="ICaseStore"/> must do. Each store's test class derives from this and opens a
/// real store (a temporary SQLite file; a throwaway PostgreSQL cluster). Tests use their own case names,
/// so one store serves the whole fixture.
/// </summary>
public abstract class CaseStoreConformance
{
    private int _caseCounter;

    protected ICaseStore Store { get; private set; } = null!;

    /// <summary>Opens a fresh, empty store for the fixture.</summary>
    protected abstract Task<ICaseStore> OpenStoreAsync();

    /// <summary>Opens a second handle to the same store (another connection pool), to act as a second user.</summary>
    protected abstract Task<ICaseStore> OpenAgainAsync();

    [OneTimeSetUp]
    public async Task OpenStore() => Store = await OpenStoreAsync();

    [OneTimeTearDown]
    public async Task CloseStore()
    {
        if (Store is not null)
        {
            await Store.DisposeAsync();
        }
    }

    protected string NewCaseName(string hint = "case") => $"{hint}-{Interlocked.Increment(ref _caseCounter)}";

    protected async Task<string> CreateCaseAsync(string? name = null)
    {
        name ??= NewCaseName();
        await Store.CreateCaseAsync(new NewCase(name, "description", "OFFICIAL-SENSITIVE", "analyst1"));
        return name;
    }

    protected Task<CaseVersionInfo> ImportAsync(string name, TransactionNetwork network, ImportMode mode = ImportMode.Replace) =>
        Store.ImportAsync(name, network, new ImportRequest(mode, "analyst1", ["agents.csv", "transactions.csv"]));

    [Test]
    public async Task CreateCase_ThenListAndFind_ShowsIt()
    {
        var name = await CreateCaseAsync();
        var found = await Store.FindCaseAsync(name);
        found.Should().NotBeNull();
        found!.Owner.Should().Be("analyst1");
        found.Classification.Should().Be("OFFICIAL-SENSITIVE");
        found.LatestVersion.Should().Be(0);
        (await Store.ListCasesAsync()).Select(c => c.Name).Should().Contain(name).And.BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Test]
    public async Task CreateCase_NameTaken_Conflicts()
    {
        var name = await CreateCaseAsync();
        var act = () => CreateCaseAsync(name);
        await act.Should().ThrowAsync<CaseConflictException>().WithMessage($"*'{name}'*");
    }

    [Test]
    public async Task CreateCase_InvalidName_IsRejected()
    {
        var act = () => Store.CreateCaseAsync(new NewCase("a@b", "", "", "x"));
        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Test]
    public async Task RenameCase_KeepsVersions()
    {
        var name = await CreateCaseAsync();
        await ImportAsync(name, Networks.Small());
        var renamed = NewCaseName("renamed");
        await Store.RenameCaseAsync(name, renamed);
        (await Store.FindCaseAsync(name)).Should().BeNull();
        NetworkAssert.Equal(await Store.ReadNetworkAsync(new CaseVersionRef(renamed, 1)), Networks.Small());
        (await Store.ListVersionsAsync(renamed)).Single().Case.Should().Be(renamed);
    }

    [Test]
    public async Task DeleteCase_RemovesEverything_OtherCasesUntouched()
    {
        var doomed = await CreateCaseAsync();
        var kept = await CreateCaseAsync();
        await ImportAsync(doomed, Networks.Small());
        await ImportAsync(kept, Networks.Small());
        (await Store.DeleteCaseAsync(doomed)).Should().BeTrue();
        (await Store.DeleteCaseAsync(doomed)).Should().BeFalse();
        (await Store.FindCaseAsync(doomed)).Should().BeNull();
        var read = () => Store.ReadNetworkAsync(new CaseVersionRef(doomed));
        await read.Should().ThrowAsync<CaseNotFoundException>();

        // The name can be used again and starts from nothing.
        await CreateCaseAsync(doomed);
        (await Store.ListVersionsAsync(doomed)).Should().BeEmpty();
        NetworkAssert.Equal(await Store.ReadNetworkAsync(new CaseVersionRef(kept)), Networks.Small());
    }

    [Test]
    public async Task ReadNetwork_UnknownVersion_NamesTheLatest()
    {
        var name = await CreateCaseAsync();
        var none = () => Store.ReadNetworkAsync(new CaseVersionRef(name));
        await none.Should().ThrowAsync<CaseNotFoundException>().WithMessage("*no version yet*");
        await ImportAsync(name, Networks.Small());
        var act = () => Store.ReadNetworkAsync(new CaseVersionRef(name, 7));
        await act.Should().ThrowAsync<CaseNotFoundException>().WithMessage("*no version 7*latest is 1*");
    }

    [TestCaseSource(typeof(Networks), nameof(Networks.SampleFolders))]
    public async Task RoundTrip_SampleFolder_ReadsBackEqual(string folder)
    {
        var network = NetworkAnalysis.IO.Dataset.DatasetReader.Read(folder);
        await AssertRoundTrip(network);
    }

    [Test]
    public Task RoundTrip_GeneratedCase_ReadsBackEqual() => AssertRoundTrip(Networks.Generated);

    [Test]
    public Task RoundTrip_EveryField_ReadsBackEqual() => AssertRoundTrip(Networks.Small());

    [Test]
    public Task RoundTrip_Ties_ReadBackEqual() => AssertRoundTrip(Networks.WithTies());

    [Test]
    public async Task RoundTrip_DatasetFolderWithTiesCsv_ReadsBackEqual()
    {
        var folder = Path.Combine(NetworkAnalysis.Testing.SharedData.RepositoryRoot, "tests", "NetworkAnalysis.IO.Tests", "Dataset", "Examples", "tiny");
        var network = NetworkAnalysis.IO.Dataset.DatasetReader.Read(folder);
        network.TieCount.Should().BeGreaterThan(0);
        await AssertRoundTrip(network);
    }

    [Test]
    public async Task Import_WithTies_RecordsTheirCount_AndAVersionPerImport()
    {
        var name = await CreateCaseAsync();
        var network = Networks.WithTies();
        var info = await ImportAsync(name, network);
        info.Ties.Should().Be(network.TieCount);
        info.ImportedRows.Should().Be(network.AgentCount + network.TransactionCount + network.GroupCount + network.TieCount);
        (await Store.ListVersionsAsync(name)).Single().Ties.Should().Be(network.TieCount);
        (await Store.SummarizeAsync(new CaseVersionRef(name))).Ties.Should().Be(network.TieCount);

        // Replacing with tie-less data retires the ties; version 1 keeps them.
        await ImportAsync(name, Networks.Small());
        (await Store.ReadNetworkAsync(new CaseVersionRef(name))).TieCount.Should().Be(0);
        NetworkAssert.Equal(await Store.ReadNetworkAsync(new CaseVersionRef(name, 1)), network);
    }

    [Test]
    public async Task Append_Ties_SkipsIdenticalIds_AddsNew_AndConflictsOnOtherContent()
    {
        var name = await CreateCaseAsync();
        var first = Networks.WithTies();
        await ImportAsync(name, first);
        var again = await ImportAsync(name, first, ImportMode.Append);
        var idless = first.Ties.Count(t => t.Id is null);
        again.Ties.Should().Be(first.TieCount + idless, "ties with an id are skipped; id-less ties are added again, as transactions are");
        var read = await Store.ReadNetworkAsync(new CaseVersionRef(name));
        read.Ties.Should().Equal(first.Ties.Concat(first.Ties.Where(t => t.Id is null)));

        var builder = new TransactionNetworkBuilder();
        builder.AddAgent(first.GetAgent("boss"));
        builder.AddAgent(first.GetAgent("guard"));
        builder.AddTie(new Tie("boss", "guard", TieKind.Employment) { Id = "tie0" });
        var act = () => ImportAsync(name, builder.Build(), ImportMode.Append);
        (await act.Should().ThrowAsync<CaseConflictException>()).Which.Message.Should().Contain("tie id 'tie0'").And.Contain("imported: boss -> guard, Employment");
        (await Store.ListVersionsAsync(name)).Should().HaveCount(2);
    }

    [Test]
    public async Task Merge_RepointsTies_OlderVersionKeepsThem()
    {
        var name = await CreateCaseAsync();
        var network = Networks.WithTies();
        await ImportAsync(name, network);
        await Store.MergeAgentsAsync(name, new AgentMerge("boss", ["driver"], "same passport", "analyst2"));
        var merged = await Store.ReadNetworkAsync(new CaseVersionRef(name));
        merged.Ties.Should().Equal(network.Ties.Select(t => t with
        {
            Source = t.Source == "driver" ? "boss" : t.Source,
            Target = t.Target == "driver" ? "boss" : t.Target,
        }), "order, ids and content are kept; only the endpoints move");
        NetworkAssert.Equal(await Store.ReadNetworkAsync(new CaseVersionRef(name, 1)), network);
        var options = new ProjectionOptions { TieKinds = new HashSet<TieKind>(Enum.GetValues<TieKind>()) };
        NetworkAssert.Identical(await Store.ProjectAsync(new CaseVersionRef(name), options), NetworkProjection.Project(merged, options));
    }

    [Test]
    public async Task Import_RecordsWhoWhenFilesCountsAndHash()
    {
        var name = await CreateCaseAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var network = Networks.Small();
        var info = await ImportAsync(name, network);
        info.Version.Should().Be(1);
        info.Operation.Should().Be("replace");
        info.CreatedBy.Should().Be("analyst1");
        info.CreatedAt.Should().BeAfter(before).And.BeBefore(DateTimeOffset.UtcNow.AddSeconds(5));
        info.SourceFiles.Should().Equal("agents.csv", "transactions.csv");
        info.Agents.Should().Be(network.AgentCount);
        info.Transactions.Should().Be(network.TransactionCount);
        info.Groups.Should().Be(network.GroupCount);
        info.ImportedRows.Should().Be(network.AgentCount + network.TransactionCount + network.GroupCount);
        info.ContentHash.Should().Be(NetworkContentHash.Compute(network)).And.HaveLength(64);
        (await Store.ListVersionsAsync(name)).Should().ContainSingle().Which.Should().BeEquivalentTo(info, o => o.Excluding(v => v.CreatedAt));
    }

    [Test]
    public async Task Summarize_GivesCountsAndTimeSpan()
    {
        var name = await CreateCaseAsync();
        var network = Networks.Small();
        await ImportAsync(name, network);
        var summary = await Store.SummarizeAsync(new CaseVersionRef(name));
        summary.Agents.Should().Be(5);
        summary.Transactions.Should().Be(7);
        summary.SensitiveAgents.Should().Be(1);
        summary.FirstTime.Should().Be(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.FromHours(2)));
        summary.LastTime.Should().Be(new DateTimeOffset(2024, 3, 6, 10, 0, 0, TimeSpan.FromHours(2)));
    }

    [Test]
    public async Task Versions_AreImmutable_EarlierOnesReadBackUnchanged()
    {
        var name = await CreateCaseAsync();
        var first = Networks.Small();
        var second = Networks.Small("x-", 3);
        var third = Networks.MareNostrum;
        await ImportAsync(name, first);
        await ImportAsync(name, second, ImportMode.Append);
        await ImportAsync(name, third);
        await Store.MergeAgentsAsync(name, new AgentMerge(third.Agents[0].Id, [third.Agents[1].Id], "same phone", "analyst2"));

        NetworkAssert.Equal(await Store.ReadNetworkAsync(new CaseVersionRef(name, 1)), first);
        NetworkAssert.Equal(await Store.ReadNetworkAsync(new CaseVersionRef(name, 3)), third);
        (await Store.ReadNetworkAsync(new CaseVersionRef(name, 2))).AgentCount.Should().Be(first.AgentCount + second.AgentCount);
        (await Store.ListVersionsAsync(name)).Select(v => v.Operation).Should().Equal("replace", "append", "replace", "merge");
        (await Store.FindCaseAsync(name))!.LatestVersion.Should().Be(4);
    }

    [Test]
    public async Task Append_AddsNewRowsAfterTheOldOnes_AndSkipsIdenticalOnes()
    {
        var name = await CreateCaseAsync();
        var first = Networks.Small();
        var second = Networks.Small("x-", 4);
        await ImportAsync(name, first);
        var info = await ImportAsync(name, second, ImportMode.Append);
        info.Operation.Should().Be("append");
        var read = await Store.ReadNetworkAsync(new CaseVersionRef(name));
        read.Agents.Should().Equal(first.Agents.Concat(second.Agents));
        read.Transactions.Should().Equal(first.Transactions.Concat(second.Transactions));
        read.Groups.Select(g => g.Id).Should().Equal("ring", "cell-2");

        // Importing the same data again adds nothing but still records a version.
        var again = await ImportAsync(name, second, ImportMode.Append);
        again.Version.Should().Be(3);
        again.Agents.Should().Be(read.AgentCount);
        again.Transactions.Should().Be(read.TransactionCount + 1, "only the id-less self-loop of the appended data is added again");
        (await Store.ReadNetworkAsync(new CaseVersionRef(name))).TransactionCount.Should().Be(again.Transactions);
    }

    [Test]
    public async Task Append_TransactionIdWithOtherContent_FailsNamingBoth_CaseUnchanged()
    {
        var name = await CreateCaseAsync();
        await ImportAsync(name, Networks.Small());
        var builder = new TransactionNetworkBuilder();
        builder.AddAgent(new Agent("boss", AgentKind.Person) { Name = "The Boss", Country = "IT", Groups = ["ring"], Functions = FunctionSet.Of(Function.Coordination, Function.Financing), Attributes = new Dictionary<string, string> { ["alias"] = "B", ["note"] = "x,y" } });
        builder.AddAgent(new Agent("new", AgentKind.Person));
        builder.AddTransaction(new Transaction("boss", "new", TransactionKind.Bribe) { Id = "t0", Amount = 999m });
        var act = () => ImportAsync(name, builder.Build(), ImportMode.Append);
        (await act.Should().ThrowAsync<CaseConflictException>())
            .Which.Message.Should().Contain("'t0'").And.Contain("stored: boss -> driver").And.Contain("imported: boss -> new").And.Contain("999");
        (await Store.ListVersionsAsync(name)).Should().ContainSingle();
        NetworkAssert.Equal(await Store.ReadNetworkAsync(new CaseVersionRef(name)), Networks.Small());
    }

    [Test]
    public async Task Append_AgentWithOtherContent_Conflicts()
    {
        var name = await CreateCaseAsync();
        await ImportAsync(name, Networks.Small());
        var builder = new TransactionNetworkBuilder();
        builder.AddAgent(new Agent("driver", AgentKind.Business));
        var act = () => ImportAsync(name, builder.Build(), ImportMode.Append);
        await act.Should().ThrowAsync<CaseConflictException>().WithMessage("*'driver'*");
    }

    [Test]
    public async Task Replace_AfterAppend_HoldsOnlyTheNewData()
    {
        var name = await CreateCaseAsync();
        await ImportAsync(name, Networks.Small());
        await ImportAsync(name, Networks.Small("x-"), ImportMode.Append);
        await ImportAsync(name, Networks.MareNostrum);
        NetworkAssert.Equal(await Store.ReadNetworkAsync(new CaseVersionRef(name)), Networks.MareNostrum);
    }

    public static IEnumerable<TestCaseData> Projections()
    {
        var from = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);
        yield return new TestCaseData(ProjectionOptions.Default).SetName("Project_Default_EqualsNetworkProjection");
        yield return new TestCaseData(new ProjectionOptions { Directed = false }).SetName("Project_Undirected_EqualsNetworkProjection");
        yield return new TestCaseData(new ProjectionOptions { Aggregation = EdgeAggregation.Amount }).SetName("Project_Amount_EqualsNetworkProjection");
        yield return new TestCaseData(new ProjectionOptions { Aggregation = EdgeAggregation.Weight, KeepSelfLoops = false }).SetName("Project_WeightNoSelfLoops_EqualsNetworkProjection");
        yield return new TestCaseData(new ProjectionOptions { TransactionKinds = new HashSet<TransactionKind> { TransactionKind.Payment, TransactionKind.Fee, TransactionKind.Bribe }, KeepIsolated = false }).SetName("Project_KindsNoIsolated_EqualsNetworkProjection");
        yield return new TestCaseData(new ProjectionOptions { From = from, To = from.AddYears(2) }).SetName("Project_TimeWindow_EqualsNetworkProjection");
        yield return new TestCaseData(new ProjectionOptions { From = from, KeepUntimed = true, Directed = false }).SetName("Project_WindowKeepUntimed_EqualsNetworkProjection");
        yield return new TestCaseData(new ProjectionOptions { Spheres = new HashSet<Sphere> { Sphere.Underworld }, AgentKinds = new HashSet<AgentKind> { AgentKind.Person, AgentKind.Group } }).SetName("Project_SpheresAndKinds_EqualsNetworkProjection");
        yield return new TestCaseData(new ProjectionOptions { Groups = new HashSet<string>(StringComparer.Ordinal) { "G001", "G002", "ring" }, Aggregation = EdgeAggregation.Amount }).SetName("Project_Groups_EqualsNetworkProjection");
        var allTies = new HashSet<TieKind>(Enum.GetValues<TieKind>());
        yield return new TestCaseData(new ProjectionOptions { TieKinds = allTies }).SetName("Project_AllTieKinds_EqualsNetworkProjection");
        yield return new TestCaseData(new ProjectionOptions { TieKinds = new HashSet<TieKind> { TieKind.Family, TieKind.Ownership }, Directed = false, KeepSelfLoops = false }).SetName("Project_SomeTieKindsUndirected_EqualsNetworkProjection");
        yield return new TestCaseData(new ProjectionOptions { TieKinds = allTies, From = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.Zero) }).SetName("Project_TiesInTimeWindow_EqualsNetworkProjection");
        yield return new TestCaseData(new ProjectionOptions { TieKinds = allTies, From = from, KeepUntimed = true, Aggregation = EdgeAggregation.Weight }).SetName("Project_TiesWindowKeepUntimed_EqualsNetworkProjection");
        yield return new TestCaseData(new ProjectionOptions { TieKinds = allTies, Aggregation = EdgeAggregation.Amount }).SetName("Project_TiesByAmount_LeftOut_EqualsNetworkProjection");
    }

    [TestCaseSource(nameof(Projections))]
    public async Task Project(ProjectionOptions options)
    {
        foreach (var network in new[] { Networks.Generated, Networks.Small(), Networks.MareNostrum, Networks.WithTies() })
        {
            var name = await CreateCaseAsync();
            await ImportAsync(name, network);
            var stored = await Store.ProjectAsync(new CaseVersionRef(name), options);
            NetworkAssert.Identical(stored, NetworkProjection.Project(network, options));
        }
    }

    [Test]
    public async Task Project_OlderVersionAfterMerge_EqualsProjectionOfThatVersion()
    {
        var name = await CreateCaseAsync();
        var network = Networks.Generated;
        await ImportAsync(name, network);
        await Store.MergeAgentsAsync(name, new AgentMerge(network.Agents[0].Id, [network.Agents[5].Id, network.Agents[9].Id], "one person", "analyst2"));
        NetworkAssert.Identical(await Store.ProjectAsync(new CaseVersionRef(name, 1), ProjectionOptions.Default), NetworkProjection.Project(network));
        var merged = await Store.ReadNetworkAsync(new CaseVersionRef(name, 2));
        NetworkAssert.Identical(await Store.ProjectAsync(new CaseVersionRef(name, 2), ProjectionOptions.Default), NetworkProjection.Project(merged));
    }

    [Test]
    public async Task Project_SensitiveAgents_AreProtectedInDisplayIds()
    {
        var name = await CreateCaseAsync();
        await ImportAsync(name, Networks.Small());
        var projected = await Store.ProjectAsync(new CaseVersionRef(name), ProjectionOptions.Default);
        projected.Network.Should().BeNull();
        var protection = new IdentityProtection("test key");
        projected.DisplayIds(protection).Should().Equal(NetworkProjection.Project(Networks.Small()).DisplayIds(protection));
        projected.DisplayIds(protection).Should().NotContain("v1");
    }

    [Test]
    public async Task Merge_RetiresMergedAgents_RepointsTransactions_AndKeepsAliases()
    {
        var name = await CreateCaseAsync();
        await ImportAsync(name, Networks.Small());
        var info = await Store.MergeAgentsAsync(name, new AgentMerge("boss", ["driver"], "same passport", "analyst2"));
        info.Operation.Should().Be("merge");
        info.Note.Should().Be("same passport");
        info.CreatedBy.Should().Be("analyst2");
        info.Agents.Should().Be(4);

        var merged = await Store.ReadNetworkAsync(new CaseVersionRef(name));
        merged.Agents.Select(a => a.Id).Should().Equal("boss", "travel", "v1", "guard");
        var boss = merged.GetAgent("boss");
        boss.Functions.Should().Equal(Function.Transport, Function.Financing, Function.Coordination);
        boss.Groups.Should().Equal("ring", "cell-2");
        merged.Transactions.Select(t => t.Source).Should().NotContain("driver");
        merged.Transactions.Select(t => t.Target).Should().NotContain("driver");
        merged.Transactions.Select(t => t.Id).Should().Equal(Networks.Small().Transactions.Select(t => t.Id), "order and ids are kept");

        var byAlias = await Store.GetAgentAsync(new CaseVersionRef(name), "driver");
        byAlias!.Agent.Id.Should().Be("boss");
        byAlias.Aliases.Should().Equal("driver");
        (await Store.GetAgentAsync(new CaseVersionRef(name, 1), "driver"))!.Agent.Id.Should().Be("driver");
        NetworkAssert.Equal(await Store.ReadNetworkAsync(new CaseVersionRef(name, 1)), Networks.Small());

        // New data that still uses the merged id resolves the alias instead of bringing the merged agent back.
        var builder = new TransactionNetworkBuilder();
        builder.AddAgent(Networks.Small().GetAgent("driver"));
        builder.AddAgent(new Agent("newcomer", AgentKind.Person));
        builder.AddTransaction(new Transaction("driver", "newcomer", TransactionKind.Transport) { Id = "n1" });
        await ImportAsync(name, builder.Build(), ImportMode.Append);
        var appended = await Store.ReadNetworkAsync(new CaseVersionRef(name));
        appended.Agents.Select(a => a.Id).Should().Equal("boss", "travel", "v1", "guard", "newcomer");
        appended.Transactions[^1].Should().Be(new Transaction("boss", "newcomer", TransactionKind.Transport) { Id = "n1" });
    }

    [Test]
    public async Task Merge_WithoutReasonOrUnknownAgent_IsRejected()
    {
        var name = await CreateCaseAsync();
        await ImportAsync(name, Networks.Small());
        var noReason = () => Store.MergeAgentsAsync(name, new AgentMerge("boss", ["driver"], " ", "a"));
        await noReason.Should().ThrowAsync<ArgumentException>();
        var unknown = () => Store.MergeAgentsAsync(name, new AgentMerge("boss", ["nobody"], "why", "a"));
        await unknown.Should().ThrowAsync<CaseNotFoundException>().WithMessage("*'nobody'*");
        (await Store.ListVersionsAsync(name)).Should().ContainSingle();
    }

    [Test]
    public async Task GetAgent_GivesTransactionsBothWaysAndGroups()
    {
        var name = await CreateCaseAsync();
        var network = Networks.Small();
        await ImportAsync(name, network);
        var detail = await Store.GetAgentAsync(new CaseVersionRef(name), "driver");
        detail!.Agent.Should().Be(network.GetAgent("driver"));
        detail.Transactions.Should().Equal(network.Transactions.Where(t => t.Source == "driver" || t.Target == "driver"));
        detail.Groups.Should().Equal(network.FindGroup("ring")!, network.FindGroup("cell-2")!);
        (await Store.GetAgentAsync(new CaseVersionRef(name), "nobody")).Should().BeNull();
        var boss = await Store.GetAgentAsync(new CaseVersionRef(name), "boss");
        boss!.Transactions.Should().Equal(network.Transactions.Where(t => t.Source == "boss" || t.Target == "boss"), "a self-loop is listed once");
    }

    [Test]
    public async Task Search_FiltersSortsPagesAndCounts()
    {
        var name = await CreateCaseAsync();
        var network = Networks.Generated;
        await ImportAsync(name, network);
        var version = new CaseVersionRef(name);

        var persons = await Store.SearchAgentsAsync(version, new AgentQuery { Kind = AgentKind.Person, Limit = 7, Offset = 3 });
        var allPersons = network.Agents.Where(a => a.Kind == AgentKind.Person).ToList();
        persons.Total.Should().Be(allPersons.Count);
        persons.Agents.Should().Equal(allPersons.Skip(3).Take(7));

        var group = network.Groups[0].Id;
        var inGroup = await Store.SearchAgentsAsync(version, new AgentQuery { Group = group, Sort = AgentSort.Id, Limit = 1000 });
        inGroup.Agents.Should().Equal(network.Agents.Where(a => a.Groups.Contains(group)).OrderBy(a => a.Id, StringComparer.Ordinal));

        var launderers = await Store.SearchAgentsAsync(version, new AgentQuery { Function = Function.MoneyLaundering, Sphere = Sphere.Upperworld, Limit = 1000 });
        launderers.Agents.Should().Equal(network.Agents.Where(a => a.Functions.Contains(Function.MoneyLaundering) && a.Sphere == Sphere.Upperworld));

        var some = network.Agents[10];
        var prefix = some.Id[..Math.Min(3, some.Id.Length)];
        var byPrefix = await Store.SearchAgentsAsync(version, new AgentQuery { Prefix = prefix.ToUpperInvariant(), Limit = 1000 });
        byPrefix.Agents.Should().Equal(network.Agents.Where(a => StartsOrContains(a, prefix, start: true)));

        var named = network.Agents.First(a => a.Name is { Length: > 4 });
        var fragment = named.Name!.Substring(1, 3);
        var byName = await Store.SearchAgentsAsync(version, new AgentQuery { Contains = fragment, Sort = AgentSort.Name, Limit = 1000 });
        byName.Agents.Should().Contain(named);
        byName.Agents.Should().Equal(network.Agents.Where(a => StartsOrContains(a, fragment, start: false))
            .OrderBy(a => a.Name is null).ThenBy(a => a.Name, StringComparer.Ordinal));

        (await Store.SearchAgentsAsync(version, new AgentQuery { Id = some.Id })).Agents.Should().Equal(some);
        var tooBig = () => Store.SearchAgentsAsync(version, new AgentQuery { Limit = 5000 });
        await tooBig.Should().ThrowAsync<ArgumentException>();
    }

    [Test]
    public async Task HostileNames_ReadBackUnchanged_AndMatchLiterally()
    {
        string[] payloads =
        [
            "'; DROP TABLE agents; --",
            "Robert'); DELETE FROM cases WHERE ('1'='1",
            "<script>alert('x')</script>",
            "\" onmouseover=\"alert(1)",
            "100% _real_ \\ name",
            "名前 ☃ \u202e reversed",
        ];
        var builder = new TransactionNetworkBuilder();
        for (var i = 0; i < payloads.Length; i++)
        {
            builder.AddAgent(new Agent($"a{i}{payloads[i].Replace(" ", string.Empty, StringComparison.Ordinal)}", AgentKind.Person) { Name = payloads[i], Attributes = new Dictionary<string, string> { [payloads[i]] = payloads[i] } });
        }

        builder.AddAgent(new Agent("plain", AgentKind.Person) { Name = "100 real name" });
        builder.AddTransaction(new Transaction("plain", "plain", TransactionKind.Payment) { Id = payloads[0], Attributes = new Dictionary<string, string> { ["note"] = payloads[2] } });
        var network = builder.Build();
        var name = await CreateCaseAsync("x'; DROP TABLE cases; -- <b>");
        await ImportAsync(name, network);
        NetworkAssert.Equal(await Store.ReadNetworkAsync(new CaseVersionRef(name)), network);
        (await Store.FindCaseAsync(name))!.Name.Should().Be(name);

        var percent = await Store.SearchAgentsAsync(new CaseVersionRef(name), new AgentQuery { Contains = "100%" });
        percent.Agents.Select(a => a.Name).Should().Equal("100% _real_ \\ name");
        var underscore = await Store.SearchAgentsAsync(new CaseVersionRef(name), new AgentQuery { Contains = "_real_" });
        underscore.Total.Should().Be(1);
        var quote = await Store.SearchAgentsAsync(new CaseVersionRef(name), new AgentQuery { Prefix = "'; DROP" });
        quote.Agents.Should().ContainSingle().Which.Name.Should().Be(payloads[0]);
    }

    [Test]
    public async Task ConcurrentImports_Serialise_NoVersionLost()
    {
        var name = await CreateCaseAsync();
        await using var second = await OpenAgainAsync();
        var a = Networks.Small("a-", 40);
        var b = Networks.Small("b-", 40);
        var tasks = new[]
        {
            Task.Run(() => Store.ImportAsync(name, a, new ImportRequest(ImportMode.Append, "one", []))),
            Task.Run(() => second.ImportAsync(name, b, new ImportRequest(ImportMode.Append, "two", []))),
        };
        var infos = await Task.WhenAll(tasks);
        infos.Select(i => i.Version).Should().BeEquivalentTo([1, 2]);
        var latest = await Store.ReadNetworkAsync(new CaseVersionRef(name));
        latest.AgentCount.Should().Be(a.AgentCount + b.AgentCount);
        var firstWriter = infos.Single(i => i.Version == 1).CreatedBy == "one" ? a : b;
        NetworkAssert.Equal(await Store.ReadNetworkAsync(new CaseVersionRef(name, 1)), firstWriter);

        // No interleaving: the second version is the first one's rows, then all of the other import's rows.
        var other = ReferenceEquals(firstWriter, a) ? b : a;
        latest.Transactions.Should().Equal(firstWriter.Transactions.Concat(other.Transactions));
    }

    [Test]
    public async Task Readers_DuringImport_SeeOneWholeVersion()
    {
        var name = await CreateCaseAsync();
        var small = Networks.Small();
        var big = Networks.Generated;
        await ImportAsync(name, small);
        await using var writer = await OpenAgainAsync();
        var import = Task.Run(() => writer.ImportAsync(name, big, new ImportRequest(ImportMode.Replace, "w", [])));
        var reads = 0;
        while (!import.IsCompleted || reads == 0)
        {
            var read = await Store.ReadNetworkAsync(new CaseVersionRef(name));
            if (read.AgentCount == small.AgentCount)
            {
                NetworkAssert.Equal(read, small);
            }
            else
            {
                read.AgentCount.Should().Be(big.AgentCount);
                read.TransactionCount.Should().Be(big.TransactionCount);
            }

            reads++;
        }

        await import;
        NetworkAssert.Equal(await Store.ReadNetworkAsync(new CaseVersionRef(name)), big);
    }

    [Test]
    public async Task Import_Cancelled_LeavesCaseUnchanged()
    {
        var name = await CreateCaseAsync();
        await ImportAsync(name, Networks.Small());
        using var cancel = new CancellationTokenSource();
        var import = Store.ImportAsync(name, Networks.Generated, new ImportRequest(ImportMode.Replace, "x", []), cancel.Token);
        cancel.Cancel();
        try
        {
            await import;
        }
        catch (OperationCanceledException)
        {
        }

        var versions = await Store.ListVersionsAsync(name);
        if (versions.Count == 1)
        {
            NetworkAssert.Equal(await Store.ReadNetworkAsync(new CaseVersionRef(name)), Networks.Small());
        }
        else
        {
            // The import finished before the cancellation was seen: then it is whole.
            NetworkAssert.Equal(await Store.ReadNetworkAsync(new CaseVersionRef(name)), Networks.Generated);
        }
    }

    private static bool StartsOrContains(Agent agent, string text, bool start)
    {
        bool Match(string? s) => s is not null && (start ? s.StartsWith(text, StringComparison.OrdinalIgnoreCase) : s.Contains(text, StringComparison.OrdinalIgnoreCase));
        return Match(agent.Id) || Match(agent.Name);
    }

    private async Task AssertRoundTrip(TransactionNetwork network)
    {
        var name = await CreateCaseAsync();
        var info = await ImportAsync(name, network);
        var read = await Store.ReadNetworkAsync(new CaseVersionRef(name, info.Version));
        NetworkAssert.Equal(read, network);
        NetworkContentHash.Compute(read).Should().Be(info.ContentHash);
    }
}
