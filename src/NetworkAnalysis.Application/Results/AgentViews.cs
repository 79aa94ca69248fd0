using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Results;

/// <summary>An agent as it leaves the process: a protected agent shows its pseudonym and no name or country.</summary>
/// <param name="Id">The id as displayed (a pseudonym for victims, witnesses and minors).</param>
/// <param name="Name">The name, or null (always null for a protected agent).</param>
/// <param name="Kind">The kind word (<c>person</c>, <c>official</c>, ...).</param>
/// <param name="Sphere">The sphere word.</param>
/// <param name="Country">The country, or null (null for a protected agent).</param>
/// <param name="Groups">Declared group ids.</param>
/// <param name="Functions">Declared function words.</param>
/// <param name="Protected">True for victims, witnesses and minors shown by pseudonym.</param>
public sealed record AgentView(string Id, string? Name, string Kind, string Sphere, string? Country, IReadOnlyList<string> Groups, IReadOnlyList<string> Functions, bool Protected);

/// <summary>A transaction as it leaves the process, its ends displayed.</summary>
/// <param name="Id">The transaction id, or null.</param>
/// <param name="Source">The source agent as displayed.</param>
/// <param name="Target">The target agent as displayed.</param>
/// <param name="Kind">The kind word.</param>
/// <param name="Time">ISO 8601 time, or empty.</param>
/// <param name="Amount">The amount, or null.</param>
/// <param name="Currency">The currency, or null.</param>
public sealed record TransactionView(string? Id, string Source, string Target, string Kind, string Time, decimal? Amount, string? Currency);

/// <summary>Builds <see cref="AgentView"/>s and <see cref="TransactionView"/>s through the one display function.</summary>
public static class AgentViews
{
    /// <summary>The view of <paramref name="agent"/>: sensitive agents are pseudonymised unless identities are revealed.</summary>
    public static AgentView Of(Agent agent, IdentityProtection protection)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(protection);
        var masked = agent.IsSensitive && !protection.Reveal;
        return new AgentView(
            masked ? protection.DisplayId(agent) : agent.Id,
            masked ? null : agent.Name,
            DomainWords.Format(agent.Kind),
            DomainWords.Format(agent.Sphere),
            masked ? null : agent.Country,
            agent.Groups,
            [.. agent.Functions.Select(DomainWords.Format)],
            masked);
    }

    /// <summary>The view of <paramref name="transaction"/>, its ends passed through <paramref name="display"/>.</summary>
    public static TransactionView Of(Transaction transaction, Func<string, string> display)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(display);
        return new TransactionView(transaction.Id, display(transaction.Source), display(transaction.Target), DomainWords.Format(transaction.Kind),
            ResultTime.Format(transaction.Time), transaction.Amount, transaction.Currency);
    }
}
