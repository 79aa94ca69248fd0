namespace NetworkAnalysis.Application.Jobs;

/// <summary>
/// Wakes waiting workers: <see cref="Pulse"/> completes every current <see cref="WaitAsync"/>. A pulse that
/// comes between a worker finding the queue empty and starting to wait is missed; the worker then polls after
/// its timeout, so a job is delayed by at most that timeout, never lost.
/// </summary>
public sealed class JobWakeUp
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes every waiter.</summary>
    public void Pulse() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Waits for the next pulse or <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await Volatile.Read(ref _next).Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Time to poll.
        }
    }
}
