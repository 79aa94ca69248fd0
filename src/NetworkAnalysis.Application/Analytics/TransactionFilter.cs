using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>The transaction and agent filters of a <see cref="ProjectionOptions"/>, for analyses that read transactions directly.</summary>
internal sealed class TransactionFilter
{
    private readonly ProjectionOptions _options;
    private readonly bool _windowed;

    public TransactionFilter(ProjectionOptions options)
    {
        _options = options;
        _windowed = options.From is not null || options.To is not null;
    }

    public bool Keep(Transaction transaction, Agent source, Agent target)
    {
        if (_options.TransactionKinds is { } kinds && !kinds.Contains(transaction.Kind))
        {
            return false;
        }

        if (!KeepAgent(source) || !KeepAgent(target))
        {
            return false;
        }

        if (!_windowed)
        {
            return true;
        }

        if (transaction.Time is not { } time)
        {
            return _options.KeepUntimed;
        }

        return (_options.From is not { } from || time >= from) && (_options.To is not { } to || time < to);
    }

    private bool KeepAgent(Agent agent) =>
        (_options.AgentKinds is null || _options.AgentKinds.Contains(agent.Kind))
        && (_options.Spheres is null || _options.Spheres.Contains(agent.Sphere));
}
