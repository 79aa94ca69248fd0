using System.Collections.Immutable;
using System.Globalization;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Classification.Tests;

/// <summary>Builds small hand-made networks for indicator tests, one line per agent or transaction.</summary>
internal sealed class CaseSketch
{
    private readonly TransactionNetworkBuilder _builder = new();

    public CaseSketch Agent(string id, AgentKind kind, string? group = null, string? functions = null, string? country = null, Sphere? sphere = null)
    {
        DomainWords.TryParseFunctions(functions ?? string.Empty, out var set, out _).Should().BeTrue();
        var agent = new Agent(id, kind)
        {
            Groups = group is null ? [] : [.. group.Split(';')],
            Functions = set,
            Country = country,
        };
        if (sphere is { } s)
        {
            agent = agent with { Sphere = s };
        }

        _builder.AddAgent(agent);
        return this;
    }

    public CaseSketch Member(string id, string group, string? functions = null, string? country = null) =>
        Agent(id, AgentKind.Person, group, functions, country);

    public CaseSketch Tx(
        string source,
        string target,
        TransactionKind kind,
        string? time = null,
        decimal? amount = null,
        string? route = null,
        string? country = null,
        int? persons = null,
        IReadOnlyDictionary<string, string>? attributes = null)
    {
        _builder.AddTransaction(new Transaction(source, target, kind)
        {
            Time = time is null ? null : DateTimeOffset.Parse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            Amount = amount,
            Route = route is null ? [] : [.. route.Split('>')],
            Country = country,
            Persons = persons,
            Attributes = attributes ?? ImmutableDictionary<string, string>.Empty,
        });
        return this;
    }

    public TransactionNetwork Build() => _builder.Build();

    public GroupIndicators Indicators(string group = "g")
    {
        var network = Build();
        return GroupIndicators.Compute(network, CandidateGroup.Declared(network).Single(g => g.Id == group));
    }
}
