using System.Diagnostics;
using NetworkAnalysis.Application.Classification;

namespace NetworkAnalysis.Cli.Commands;

/// <summary>
/// Batch progress on stderr: a bar redrawn in place on a terminal, plain lines at most every two
/// seconds otherwise (logs and CI). Called from worker threads.
/// </summary>
internal sealed class ProgressPrinter : IProgress<BatchProgress>
{
    private readonly Lock _lock = new();
    private readonly bool _terminal = !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last = TimeSpan.FromSeconds(-10);
    private bool _drawn;

    public void Report(BatchProgress value)
    {
        lock (_lock)
        {
            var final = value.Completed == value.Total;
            if (_terminal)
            {
                const int width = 30;
                var filled = value.Total == 0 ? width : value.Completed * width / value.Total;
                Console.Error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {value.Completed}/{value.Total} datasets");
                _drawn = true;
            }
            else if (final || _clock.Elapsed - _last >= TimeSpan.FromSeconds(2))
            {
                _last = _clock.Elapsed;
                Console.Error.WriteLine($"netan: {value.Completed}/{value.Total} datasets ({value.Dataset}{(value.Failed ? ": failed" : $": {value.Groups} groups")})");
            }
        }
    }

    public void Done()
    {
        lock (_lock)
        {
            if (_drawn)
            {
                Console.Error.WriteLine();
                _drawn = false;
            }
        }
    }
}
