using System.Diagnostics;
using System.Globalization;
using NetworkAnalysis.Application.Progress;

namespace NetworkAnalysis.Cli.Output;

/// <summary>
/// A long command's progress on stderr: stage, percent, elapsed time and an estimate of the time left. On a
/// terminal one line redrawn in place (at most ten times a second, erased when done); otherwise (<c>--progress</c>
/// into a log or a pipe) a plain line when the stage changes or at most every two seconds. Called from worker threads.
/// </summary>
internal sealed class AnalysisProgressPrinter : IProgress<AnalysisProgress>
{
    private readonly Lock _lock = new();
    private readonly TextWriter _writer;
    private readonly bool _terminal;
    private readonly Func<TimeSpan> _elapsed;
    private TimeSpan _lastPrint = TimeSpan.FromDays(-1);
    private string? _lastStage;
    private int _drawnWidth;

    /// <summary>A printer to <paramref name="writer"/>; <paramref name="elapsed"/> gives the time since the run started.</summary>
    public AnalysisProgressPrinter(TextWriter writer, bool terminal, Func<TimeSpan> elapsed)
    {
        _writer = writer;
        _terminal = terminal;
        _elapsed = elapsed;
    }

    /// <summary>
    /// The printer for a command: on stderr when it is a terminal or when <paramref name="requested"/>
    /// (<c>--progress</c>); null otherwise, so pipes and tests stay quiet.
    /// </summary>
    public static AnalysisProgressPrinter? ForStderr(bool requested)
    {
        var terminal = !Console.IsErrorRedirected;
        if (!terminal && !requested)
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        return new AnalysisProgressPrinter(Console.Error, terminal, () => clock.Elapsed);
    }

    /// <summary>Runs <paramref name="body"/> with the printer <see cref="ForStderr"/> gives (or none), erasing its line afterwards.</summary>
    public static T Track<T>(bool requested, Func<AnalysisProgressPrinter?, T> body)
    {
        var printer = ForStderr(requested);
        try
        {
            return body(printer);
        }
        finally
        {
            printer?.Done();
        }
    }

    /// <inheritdoc />
    public void Report(AnalysisProgress value)
    {
        lock (_lock)
        {
            var now = _elapsed();
            var wait = _terminal ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(2);

            // A log gets a line per stage; a terminal redraws at a steady rate, whatever the stage.
            var due = now - _lastPrint >= wait || value.Fraction >= 1 || (!_terminal && value.Stage != _lastStage);
            if (!due)
            {
                return;
            }

            _lastPrint = now;
            _lastStage = value.Stage;
            var line = Line(value, now);
            if (_terminal)
            {
                _writer.Write('\r' + line.PadRight(_drawnWidth));
                _drawnWidth = line.Length;
            }
            else
            {
                _writer.WriteLine(line);
            }

            _writer.Flush();
        }
    }

    /// <summary>Erases the redrawn line on a terminal, so the command's own output starts on a clean line.</summary>
    public void Done()
    {
        lock (_lock)
        {
            if (_terminal && _drawnWidth > 0)
            {
                _writer.Write('\r' + new string(' ', _drawnWidth) + '\r');
                _writer.Flush();
                _drawnWidth = 0;
            }
        }
    }

    /// <summary>One progress line: <c>netan: betweenness  42% 0:12 elapsed, about 0:17 left</c>.</summary>
    internal static string Line(AnalysisProgress value, TimeSpan elapsed)
    {
        var fraction = Math.Clamp(value.Fraction, 0, 1);
        var percent = (int)Math.Floor(fraction * 100);

        // An estimate needs some progress to extrapolate from; before that it would be noise.
        var left = fraction >= 0.02 && fraction < 1 && elapsed >= TimeSpan.FromSeconds(1)
            ? ", about " + Clock(elapsed * ((1 - fraction) / fraction)) + " left"
            : "";
        return string.Create(CultureInfo.InvariantCulture, $"netan: {value.Stage} {percent,3}% {Clock(elapsed)} elapsed{left}");
    }

    private static string Clock(TimeSpan time) => time.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes}:{time.Seconds:00}");
}
