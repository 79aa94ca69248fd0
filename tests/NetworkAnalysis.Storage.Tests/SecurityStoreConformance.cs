using NetworkAnalysis.Application.Security;

namespace NetworkAnalysis.Storage.Tests;

/// <summary>
/// What every <see cref="ISecurityStore"/> must do, run against each real database (SQLite file, throwaway
/// PostgreSQL cluster): users, keys, case grants, unmask grants, web sessions and the audit log, including
/// concurrent appends forming one chain. Each test works on its own user names, so they share one store.
/// </summary>
public abstract class SecurityStoreConformance
{
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 10, 0, 0, TimeSpan.Zero);
    private int _names;

    /// <summary>The store under test (opened once per fixture).</summary>
    protected ISecurityStore Store { get; private set; } = null!;

    /// <summary>Opens a fresh store.</summary>
    protected abstract Task<ISecurityStore> OpenStoreAsync();

    [OneTimeSetUp]
    public async Task OpenAsync() => Store = await OpenStoreAsync();

    [OneTimeTearDown]
    public async Task CloseAsync()
    {
        if (Store is not null)
        {
            await Store.DisposeAsync();
        }
    }

    [Test]
    public async Task Users_AddFindListRevoke_RoundTrip()
    {
        var name = NewName();
        await Store.AddUserAsync(name, Role.Analyst, Now);
        var user = await Store.FindUserAsync(name);
        user.Should().BeEquivalentTo(new UserInfo(name, Role.Analyst, Now, null, []));
        (await Store.ListUsersAsync()).Select(u => u.Name).Should().Contain(name).And.BeInAscendingOrder(StringComparer.Ordinal);
        (await Store.RevokeUserAsync(name, Now.AddHours(1))).Should().BeTrue();
        (await Store.RevokeUserAsync(name, Now.AddHours(2))).Should().BeTrue();
        (await Store.FindUserAsync(name))!.Revoked.Should().Be(Now.AddHours(1), "the first revocation is kept");
        (await Store.RevokeUserAsync("nobody-" + name, Now)).Should().BeFalse();
        (await Store.FindUserAsync("nobody-" + name)).Should().BeNull();
    }

    [TestCase("")]
    [TestCase("has space")]
    [TestCase("robert'); DROP TABLE users;--")]
    public async Task Users_InvalidName_Refused(string name)
    {
        var act = () => Store.AddUserAsync(name, Role.Viewer, Now);
        await act.Should().ThrowAsync<AccessStoreException>().WithMessage("*not a valid user name*");
    }

    [Test]
    public async Task Users_NameTaken_RefusedWithOneLine()
    {
        var name = NewName();
        await Store.AddUserAsync(name, Role.Viewer, Now);
        var act = () => Store.AddUserAsync(name, Role.Admin, Now);
        await act.Should().ThrowAsync<AccessStoreException>().WithMessage($"user '{name}' already exists");
    }

    [Test]
    public async Task Keys_StoredAndFound_RevokingTheUserRevokesThem()
    {
        var name = NewName();
        await Store.AddUserAsync(name, Role.Viewer, Now);
        var (_, never) = ApiKeys.Create(name, Now, null);
        var (_, dated) = ApiKeys.Create(name, Now, Now.AddDays(30));
        await Store.AddKeyAsync(never);
        await Store.AddKeyAsync(dated);
        (await Store.FindKeyAsync(never.KeyId)).Should().BeEquivalentTo(never);
        (await Store.FindKeyAsync(dated.KeyId)).Should().BeEquivalentTo(dated);
        (await Store.FindKeyAsync("0000000000000000")).Should().BeNull();
        (await Store.RevokeKeyAsync(dated.KeyId, Now.AddHours(1))).Should().BeTrue();
        (await Store.FindKeyAsync(dated.KeyId))!.Revoked.Should().Be(Now.AddHours(1));
        (await Store.FindKeyAsync(never.KeyId))!.Revoked.Should().BeNull();
        await Store.RevokeUserAsync(name, Now.AddHours(2));
        (await Store.FindKeyAsync(never.KeyId))!.Revoked.Should().Be(Now.AddHours(2));
        (await Store.RevokeKeyAsync("0000000000000000", Now)).Should().BeFalse();
    }

    [Test]
    public async Task Keys_ForNoSuchUser_Refused()
    {
        var (_, key) = ApiKeys.Create("ghost-" + NewName(), Now, null);
        var act = () => Store.AddKeyAsync(key);
        await act.Should().ThrowAsync<AccessStoreException>().WithMessage("no user 'ghost-*'");
    }

    [Test]
    public async Task Grants_GrantChangeRemove_AndOnlyCaseRoles()
    {
        var name = NewName();
        await Store.AddUserAsync(name, Role.Analyst, Now);
        await Store.GrantAsync(name, new CaseGrant("mare", Role.Viewer));
        await Store.GrantAsync(name, new CaseGrant("case: with 'quotes' and ;", Role.Supervisor));
        await Store.GrantAsync(name, new CaseGrant("mare", Role.Analyst));
        (await Store.FindUserAsync(name))!.Grants.Should().Equal(new CaseGrant("case: with 'quotes' and ;", Role.Supervisor), new CaseGrant("mare", Role.Analyst));
        var admin = () => Store.GrantAsync(name, new CaseGrant("mare", Role.Admin));
        await admin.Should().ThrowAsync<AccessStoreException>();
        var ghost = () => Store.GrantAsync("ghost-" + name, new CaseGrant("mare", Role.Viewer));
        await ghost.Should().ThrowAsync<AccessStoreException>().WithMessage("no user 'ghost-*'");
        (await Store.RemoveGrantAsync(name, "mare")).Should().BeTrue();
        (await Store.RemoveGrantAsync(name, "mare")).Should().BeFalse();
        (await Store.FindUserAsync(name))!.Grants.Should().ContainSingle();
    }

    [Test]
    public async Task UnmaskGrants_FoundOnlyWhileLive()
    {
        var name = NewName();
        await Store.AddUserAsync(name, Role.Supervisor, Now);
        var grant = new UnmaskGrant(name, "mare", "court order 2026/17 for the victims' statements", Now, Now.AddMinutes(60));
        await Store.AddUnmaskGrantAsync(grant);
        (await Store.FindUnmaskGrantAsync(name, "mare", Now.AddMinutes(30))).Should().Be(grant);
        (await Store.FindUnmaskGrantAsync(name, "mare", Now.AddMinutes(60))).Should().BeNull("it lapsed");
        (await Store.FindUnmaskGrantAsync(name, "mare", Now.AddMinutes(-1))).Should().BeNull("not yet granted");
        (await Store.FindUnmaskGrantAsync(name, "other", Now.AddMinutes(30))).Should().BeNull("another case");
    }

    [Test]
    public async Task Sessions_AddFindTouchEnd_AndEndedWithTheirKeyOrUser()
    {
        var name = NewName();
        await Store.AddUserAsync(name, Role.Viewer, Now);
        var (_, key) = ApiKeys.Create(name, Now, null);
        var (_, other) = ApiKeys.Create(name, Now, null);
        await Store.AddKeyAsync(key);
        await Store.AddKeyAsync(other);
        var (id, session) = Sessions.Create(key, Now, TimeSpan.FromHours(8));
        var (_, second) = Sessions.Create(other, Now, TimeSpan.FromHours(8));
        await Store.AddSessionAsync(session);
        await Store.AddSessionAsync(second);
        (await Store.FindSessionAsync(Sessions.HashOf(id))).Should().Be(session);
        (await Store.FindSessionAsync(Sessions.HashOf("x" + id[1..]))).Should().BeNull();

        await Store.TouchSessionAsync(session.IdHash, Now.AddMinutes(10));
        await Store.TouchSessionAsync(session.IdHash, Now.AddMinutes(5));
        (await Store.FindSessionAsync(session.IdHash))!.LastSeen.Should().Be(Now.AddMinutes(10), "last-seen only moves forward");

        await Store.RevokeKeyAsync(key.KeyId, Now.AddMinutes(20));
        (await Store.FindSessionAsync(session.IdHash))!.Ended.Should().Be(Now.AddMinutes(20));
        (await Store.FindSessionAsync(second.IdHash))!.Ended.Should().BeNull("another key's session goes on");
        (await Store.EndSessionAsync(second.IdHash, Now.AddMinutes(30))).Should().BeTrue();
        (await Store.EndSessionAsync(second.IdHash, Now.AddMinutes(31))).Should().BeFalse("already ended");

        var (_, third) = Sessions.Create(other, Now, TimeSpan.FromHours(8));
        await Store.AddSessionAsync(third);
        await Store.RevokeUserAsync(name, Now.AddMinutes(40));
        (await Store.FindSessionAsync(third.IdHash))!.Ended.Should().Be(Now.AddMinutes(40));
    }

    [Test]
    public async Task Sessions_LongDead_AreForgottenWhenTheNextOneOpens()
    {
        var name = NewName();
        await Store.AddUserAsync(name, Role.Viewer, Now);
        var (_, key) = ApiKeys.Create(name, Now, null);
        await Store.AddKeyAsync(key);
        var (_, old) = Sessions.Create(key, Now, TimeSpan.FromHours(1));
        await Store.AddSessionAsync(old);
        var (_, fresh) = Sessions.Create(key, Now.AddDays(3), TimeSpan.FromHours(1));
        await Store.AddSessionAsync(fresh);
        (await Store.FindSessionAsync(old.IdHash)).Should().BeNull("it expired more than a day before");
        (await Store.FindSessionAsync(fresh.IdHash)).Should().NotBeNull();
    }

    [Test]
    public async Task Audit_AppendFilterAndVerify_NullFieldsRoundTrip()
    {
        var user = NewName();
        var first = await Store.AppendAsync(new AuditEntry(0, Now, user, null, null, "listCases", "", null, 200, null, "", ""));
        var second = await Store.AppendAsync(new AuditEntry(0, Now.AddMinutes(1), user, "mare", 3, "unmask", "caseName=mare", 1, 201, "a reason of some length", "", ""));
        second.Sequence.Should().Be(first.Sequence + 1);
        second.PreviousHash.Should().Be(first.Hash);
        var mine = await Store.ReadAsync(new AuditFilter(User: user));
        mine.Should().Equal(first, second);
        (await Store.ReadAsync(new AuditFilter(User: user, Case: "mare"))).Should().Equal(second);
        (await Store.ReadAsync(new AuditFilter(User: user, From: Now.AddSeconds(30)))).Should().Equal(second);
        (await Store.ReadAsync(new AuditFilter(User: user, To: Now.AddSeconds(30)))).Should().Equal(first);
        (await Store.ReadAsync(new AuditFilter(User: user, Limit: 1))).Should().Equal(first);
        (await AuditChain.VerifyAsync(Store.ReadAllAsync())).Intact.Should().BeTrue();
    }

    [Test]
    public async Task Audit_ConcurrentAppends_FormOneUnbrokenChain()
    {
        var user = NewName();
        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => Store.AppendAsync(new AuditEntry(0, Now, user, "mare", 1, "getGraph", "n=" + i, i, 200, null, "", "")))));
        (await Store.ReadAsync(new AuditFilter(User: user))).Should().HaveCount(24);
        var verification = await AuditChain.VerifyAsync(Store.ReadAllAsync());
        verification.Intact.Should().BeTrue(verification.Problem);
    }

    private string NewName() => $"{GetType().Name.ToLowerInvariant()}-{Interlocked.Increment(ref _names)}";
}
