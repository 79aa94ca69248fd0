using System.Collections.Immutable;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Analytics;

/// <summary>Builds small transaction networks for the analytics tests.</summary>
internal sealed class TestCase
{
    private static readonly DateTimeOffset Day0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TransactionNetworkBuilder _builder = new();
    private int _transactions;

    public TestCase Agent(string id, AgentKind kind = AgentKind.Person, string? functions = null, string? groups = null, Sphere? sphere = null)
    {
        FunctionSet set = default;
        if (functions is not null && !DomainWords.TryParseFunctions(functions, out set, out var bad))
        {
            throw new ArgumentException($"not a function: {bad}");
        }

        var agent = new Agent(id, kind)
        {
            Functions = set,
            Groups = groups is null ? ImmutableArray<string>.Empty : [.. groups.Split(';')],
        };
        if (sphere is { } s)
        {
            agent = agent with { Sphere = s };
        }

        _builder.AddAgent(agent);
        return this;
    }

    public TestCase Agents(params string[] ids)
    {
        foreach (var id in ids)
        {
            Agent(id);
        }

        return this;
    }

    /// <summary>A transaction on day <paramref name="day"/> (null: no time).</summary>
    public TestCase Tx(string source, string target, TransactionKind kind = TransactionKind.Communication, double? day = 0, decimal? amount = null, string? id = null, string? currency = null)
    {
        _transactions++;
        _builder.AddTransaction(new Transaction(source, target, kind)
        {
            Id = id ?? $"t{_transactions}",
            Time = day is { } d ? Day0.AddDays(d) : null,
            Amount = amount,
            Currency = currency,
        });
        return this;
    }

    public static DateTimeOffset At(double day) => Day0.AddDays(day);

    public TransactionNetwork Build() => _builder.Build();
}
