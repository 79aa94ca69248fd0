using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Dataset;

/// <summary>Collects input problems up to the listing cap; readers stop once it is full.</summary>
internal sealed class ProblemLog
{
    private readonly List<InputProblem> _problems = [];

    public int Count => _problems.Count;

    public bool IsFull => _problems.Count >= InputFormatException.MaxListedProblems;

    /// <summary>True when a reader stopped with input left unread.</summary>
    public bool StoppedEarly { get; set; }

    public void Add(string file, long? line, string? column, string message)
    {
        if (!IsFull)
        {
            _problems.Add(new InputProblem(file, line, column, message));
        }
    }

    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new InputFormatException(_problems, _problems.Count, StoppedEarly);
        }
    }
}
