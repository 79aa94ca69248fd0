using System.Collections.Concurrent;
using NetworkAnalysis.Application.Jobs;
using NetworkAnalysis.Storage.Postgres;
using NetworkAnalysis.Storage.Sqlite;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Storage.Tests;

/// <summary>
/// What every <see cref="IJobStore"/> must do, on SQLite and on a throwaway PostgreSQL cluster: many workers
/// claiming at once each get a different job and every job is claimed once; a lease held only by its worker;
/// cancel of queued and running jobs; recovery of expired leases (queued again once, then failed with the reason);
/// results kept with the job.
/// </summary>
[TestFixture("sqlite")]
[TestFixture("postgres")]
public sealed class JobStoreConformanceTests(string kind)
{
    private PostgresCluster? _cluster;
    private string _folder = "";
    private IJobStore _store = null!;

    [OneTimeSetUp]
    public async Task OpenAsync()
    {
        _folder = Directory.CreateTempSubdirectory("netan-jobs-").FullName;
        if (kind == "postgres")
        {
            _cluster = PostgresCluster.StartOrIgnore();
            _cluster.CreateDatabase("jobs");
            _store = await PostgresJobStore.OpenAsync(_cluster.Url("jobs"));
        }
        else
        {
            _store = await SqliteJobStore.OpenAsync(Path.Combine(_folder, "cases.db"));
        }
    }

    [OneTimeTearDown]
    public async Task CloseAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        _cluster?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task Claim_ManyWorkersAtOnce_EachJobClaimedExactlyOnce()
    {
        var caseName = "claims-" + kind;
        var ids = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add((await _store.AddAsync(Job(caseName))).Id);
        }

        var claimed = new ConcurrentBag<(string Worker, string Id)>();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            while (await _store.ClaimAsync($"w{w}", TimeSpan.FromMinutes(5)) is { } job)
            {
                job.State.Should().Be(JobState.Running);
                job.Attempts.Should().Be(1);
                claimed.Add(($"w{w}", job.Id));
            }
        })));

        claimed.Select(c => c.Id).Where(ids.Contains).Should().OnlyHaveUniqueItems().And.HaveCount(40, "every job once, none twice");
        foreach (var (worker, id) in claimed.Where(c => ids.Contains(c.Id)))
        {
            (await _store.FinishAsync(id, worker, JobState.Succeeded, null, "[1]"u8.ToArray())).Should().BeTrue();
        }

        (await _store.ListAsync(caseName, 1)).Should().HaveCount(40).And.OnlyContain(j => j.State == JobState.Succeeded && j.Progress == 1);
    }

    [Test]
    public async Task Lease_OnlyItsWorkerRenewsOrFinishes_AndTheResultIsKept()
    {
        var job = await ClaimOwnAsync("lease-" + kind, "owner");
        (await _store.RenewAsync(job.Id, "intruder", "computing", 0.5, TimeSpan.FromMinutes(5))).Should().Be(JobLease.Lost);
        (await _store.FinishAsync(job.Id, "intruder", JobState.Succeeded, null, "[2]"u8.ToArray())).Should().BeFalse();
        (await _store.RenewAsync(job.Id, "owner", "computing", 0.5, TimeSpan.FromMinutes(5))).Should().Be(JobLease.Held);
        (await _store.RenewAsync(job.Id, "owner", "computing", 0.3, TimeSpan.FromMinutes(5))).Should().Be(JobLease.Held);
        (await _store.FindAsync(job.Id))!.Progress.Should().Be(0.5, "progress never goes back");
        (await _store.FinishAsync(job.Id, "owner", JobState.Succeeded, null, "[1,2,3]"u8.ToArray())).Should().BeTrue();
        (await _store.FinishAsync(job.Id, "owner", JobState.Failed, "again", default)).Should().BeFalse("a finished job does not change");
        (await _store.ReadResultAsync(job.Id)).Should().Equal("[1,2,3]"u8.ToArray());
        var done = (await _store.FindAsync(job.Id))!;
        done.State.Should().Be(JobState.Succeeded);
        done.Stage.Should().Be("done");
        done.FinishedAt.Should().NotBeNull();
    }

    [Test]
    public async Task Cancel_QueuedAtOnce_RunningAtItsNextHeartbeat()
    {
        var caseName = "cancel-" + kind;
        var running = await ClaimOwnAsync(caseName, "owner");
        var queued = await _store.AddAsync(Job(caseName));
        (await _store.CancelAsync(queued.Id))!.State.Should().Be(JobState.Cancelled);
        var asked = (await _store.CancelAsync(running.Id))!;
        asked.State.Should().Be(JobState.Running);
        asked.CancelRequested.Should().BeTrue();
        (await _store.RenewAsync(running.Id, "owner", "computing", 0.4, TimeSpan.FromMinutes(5))).Should().Be(JobLease.CancelRequested);
        (await _store.FinishAsync(running.Id, "owner", JobState.Cancelled, null, default)).Should().BeTrue();
        (await _store.ReadResultAsync(running.Id)).Should().BeNull();
        (await _store.CancelAsync(new string('f', 32))).Should().BeNull();
    }

    [Test]
    public async Task Recover_ExpiredLease_QueuedOnceThenFailedWithTheReason()
    {
        var caseName = "recover-" + kind;
        var job = await ClaimOwnAsync(caseName, "dead-1", TimeSpan.Zero);
        await Task.Delay(20);
        (await _store.RecoverAsync()).Should().BeGreaterThanOrEqualTo(1);
        var requeued = (await _store.FindAsync(job.Id))!;
        requeued.State.Should().Be(JobState.Queued);
        requeued.Attempts.Should().Be(1);
        (await _store.RenewAsync(job.Id, "dead-1", "computing", 0.5, TimeSpan.FromMinutes(5))).Should().Be(JobLease.Lost, "the dead worker's lease is gone");

        var again = await ClaimOwnAsync(caseName, "dead-2", TimeSpan.Zero, job.Id);
        again.Attempts.Should().Be(2);
        await Task.Delay(20);
        await _store.RecoverAsync();
        var failed = (await _store.FindAsync(job.Id))!;
        failed.State.Should().Be(JobState.Failed);
        failed.Error.Should().Be(JobStoreLimits.AbandonedMessage);
        (await _store.FinishAsync(job.Id, "dead-2", JobState.Succeeded, null, "[1]"u8.ToArray())).Should().BeFalse();
    }

    [Test]
    public async Task DeleteCase_RemovesItsJobsOnly()
    {
        var mine = await _store.AddAsync(Job("delete-me-" + kind));
        var other = await _store.AddAsync(Job("keep-me-" + kind));
        await _store.DeleteCaseAsync("delete-me-" + kind);
        (await _store.FindAsync(mine.Id)).Should().BeNull();
        (await _store.FindAsync(other.Id)).Should().NotBeNull();
        await _store.CancelAsync(other.Id);
    }

    // Claims until it gets a job of this test (other tests' jobs share the table): each test uses its own case.
    private async Task<JobRecord> ClaimOwnAsync(string caseName, string worker, TimeSpan? lease = null, string? id = null)
    {
        id ??= (await _store.AddAsync(Job(caseName))).Id;
        for (var i = 0; i < 1000; i++)
        {
            var job = await _store.ClaimAsync(worker, lease ?? TimeSpan.FromMinutes(5));
            job.Should().NotBeNull("the job was queued");
            if (job!.Id == id)
            {
                return job;
            }

            await _store.FinishAsync(job.Id, worker, JobState.Cancelled, null, default);
        }

        throw new InvalidOperationException("never claimed");
    }

    private static JobRecord Job(string caseName) =>
        new(Guid.NewGuid().ToString("N"), caseName, 1, "keyplayers", new Dictionary<string, string?> { ["k"] = "3", ["seed"] = null }, JobState.Queued, "queued", 0, 1234, default, null, null, null);
}
