using NetworkAnalysis.Core;

namespace NetworkAnalysis.Training.Tests.Independent;

/// <summary>
/// A second generator of labelled cases, written from the working paper's typology (A/CONF.213/7 ¶4–7)
/// with choices deliberately unlike <c>NetworkAnalysis.Synthetic</c>'s and never used for training: its
/// own country list, id formats and field layout; small groups as cliques of peers that work in
/// episodes (or, in the hard set, for years, with every member doing several jobs); transnational groups
/// as a boss, lieutenants and cells; its own volumes, durations, noise and partial observation. Written
/// by the classifier's author, so a check on brittleness (issue 16 item 5), not a test by other hands.
/// </summary>
internal sealed class IndependentCases
{
    private static readonly string[] Countries =
    [
        "SN", "ML", "GN", "CI", "GH", "TG", "BJ", "NE", "TD", "CM", "ET", "SO", "KE", "UG", "EG", "TN", "DZ", "JO", "LB", "GE",
        "AM", "AZ", "KZ", "UZ", "TJ", "BD", "LK", "NP", "MM", "LA", "KH", "PH", "ID", "MY", "PT", "CZ", "SK", "SI", "HR", "CH",
    ];

    private static readonly DateTimeOffset Origin = new(2011, 9, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Random _rng;
    private readonly IndependentSet _set;
    private readonly TransactionNetworkBuilder _builder = new();
    private readonly List<string> _offenders = [];
    private readonly bool _noTimes;
    private int _next;

    private IndependentCases(IndependentSet set, int seed)
    {
        _set = set;
        _rng = new Random(seed);
        _noTimes = _rng.NextDouble() < set.NoTimes;
    }

    /// <summary>One dataset of <paramref name="set"/>: <see cref="IndependentSet.GroupsPerDataset"/> groups, labelled in their <see cref="Group.Type"/>.</summary>
    public static TransactionNetwork Dataset(IndependentSet set, int index)
    {
        var cases = new IndependentCases(set, (set.Seed * 1000) + index);
        return cases.Build(index);
    }

    private TransactionNetwork Build(int index)
    {
        // Outside specialists and carriers shared by every group of the case.
        var forgers = Enumerable.Range(0, 4).Select(_ => Offender(Pick(Countries), FunctionSet.Of(Function.DocumentForgery), null)).ToList();
        var launderers = Enumerable.Range(0, 3).Select(_ => Offender(Pick(Countries), FunctionSet.Of(Function.MoneyLaundering), null)).ToList();
        var carriers = Enumerable.Range(0, 4).Select(_ => Add(new Agent(Id("co"), AgentKind.Business) { Country = Pick(Countries) })).ToList();
        for (var g = 0; g < _set.GroupsPerDataset; g++)
        {
            var transnational = _rng.NextDouble() < _set.TransnationalShare;
            var id = $"net{index:00}/{g:00}";
            _builder.AddGroup(new Group(id) { Type = transnational ? GroupType.Transnational : GroupType.SmallEnterprise });
            if (transnational)
            {
                Transnational(id, forgers, launderers);
            }
            else
            {
                Small(id, forgers, launderers, carriers);
            }
        }

        // Recording noise: calls between offenders picked at random, whoever they work for.
        var noise = (int)(_set.Noise * _offenders.Count * 4);
        for (var i = 0; i < noise; i++)
        {
            Tx(Pick(_offenders), Pick(_offenders), TransactionKind.Communication, _rng.Next(0, 96 * 30));
        }

        return _builder.Build();
    }

    // ¶5–6: a few peers, one or a few functions each, one or two countries they know, one route, sporadic
    // episodes; documents and laundering bought from outsiders, commercial carriers.
    private void Small(string id, List<string> forgers, List<string> launderers, List<string> carriers)
    {
        var size = Between(_set.SmallSize);
        var home = Pick(Countries);
        var destination = Pick(Countries);
        var longLived = _rng.NextDouble() < _set.SmallLongLived;
        var manyFunctions = _rng.NextDouble() < _set.SmallManyFunctions;
        var months = longLived ? Between(_set.SmallLongMonths) : Between(_set.SmallMonths);
        var start = _rng.Next(0, 30 * 30);
        var episodes = Enumerable.Range(0, Math.Max(1, months / 8)).Select(_ => start + _rng.Next(0, months * 30)).Order().ToList();
        Function[] jobs = [Function.Recruitment, Function.Transport, Function.Harbouring, Function.Protection, Function.DebtCollection, Function.Exploitation];
        var members = new List<string>();
        for (var i = 0; i < size; i++)
        {
            var functions = manyFunctions ? FunctionSet.Of(Sample(jobs, _rng.Next(3, 6))) : FunctionSet.Of(Sample(jobs[..3], _rng.Next(1, 3)));
            members.Add(Offender(_rng.NextDouble() < 0.85 ? home : Pick(Countries), functions, id));
        }

        var seen = Observed(members);
        foreach (var a in seen)
        {
            foreach (var b in seen)
            {
                if (string.CompareOrdinal(a, b) < 0)
                {
                    for (var k = _rng.Next(1, 5); k > 0; k--)
                    {
                        Tx(a, b, TransactionKind.Communication, Pick(episodes) + _rng.Next(0, 30));
                    }
                }
            }
        }

        var forger = Pick(forgers);
        var trafficking = _rng.NextDouble() < 0.4;
        foreach (var day in episodes)
        {
            for (var p = _rng.Next(1, 6); p > 0; p--)
            {
                var person = Add(new Agent(Id("px"), trafficking ? AgentKind.Victim : AgentKind.Migrant) { Country = home });
                Tx(Pick(seen), person, TransactionKind.Recruitment, day, country: home);
                if (!trafficking)
                {
                    Tx(person, Pick(seen), TransactionKind.Fee, day + 1, amount: _rng.Next(500, 4000), country: home);
                }

                Tx(_rng.NextDouble() < 0.5 ? Pick(carriers) : Pick(seen), person, TransactionKind.Transport, day + 5, route: [home, destination]);
                if (trafficking)
                {
                    for (var k = _rng.Next(1, 4); k > 0; k--)
                    {
                        Tx(Pick(seen), person, TransactionKind.Exploitation, day + 20 + (k * 30), amount: _rng.Next(100, 700), country: destination);
                    }
                }
            }

            if (_rng.NextDouble() < 0.5)
            {
                Tx(Pick(seen), forger, TransactionKind.Payment, day - 3, amount: _rng.Next(300, 1500));
                Tx(forger, Pick(seen), TransactionKind.Documents, day - 1);
            }
        }

        if (_rng.NextDouble() < 0.3)
        {
            var launderer = Pick(launderers);
            Tx(seen[0], launderer, TransactionKind.Laundering, Pick(episodes) + 40, amount: _rng.Next(3000, 20000));
            Tx(seen[0], launderer, TransactionKind.Laundering, Pick(episodes) + 45, amount: _rng.Next(3000, 20000));
        }
    }

    // ¶7: many offenders in layers (boss, lieutenants, cells), several countries, several routes to
    // several destinations, continuous activity, some services in-house, officials and businesses, other crimes.
    private void Transnational(string id, List<string> forgers, List<string> launderers)
    {
        var size = Between(_set.TransnationalSize);
        var countries = Sample(Countries, _rng.Next(3, 8));
        var destinations = Sample(countries[1..], Math.Min(countries.Length - 1, _rng.Next(2, 5)));
        var months = _rng.NextDouble() < _set.TransnationalShortLived ? Between((3, 9)) : Between(_set.TransnationalMonths);
        var discreet = _rng.NextDouble() < _set.TransnationalDiscreet;
        var start = _rng.Next(0, 30 * 30);
        var members = new List<string> { Offender(countries[0], FunctionSet.Of(Function.Coordination, Function.Financing), id) };
        var lieutenants = Math.Max(1, size / 6);
        for (var i = 1; i < size; i++)
        {
            var function = i <= lieutenants ? Function.Coordination : Pick([Function.Recruitment, Function.Transport, Function.Harbouring, Function.Protection, Function.Exploitation]);
            members.Add(Offender(countries[i % countries.Length], FunctionSet.Of(function), id));
        }

        var forgerInHouse = _rng.NextDouble() < 0.5;
        var laundererInHouse = _rng.NextDouble() < 0.5;
        if (forgerInHouse)
        {
            members.Add(Offender(Pick(countries), FunctionSet.Of(Function.DocumentForgery), id));
        }

        if (laundererInHouse)
        {
            members.Add(Offender(Pick(countries), FunctionSet.Of(Function.MoneyLaundering), id));
        }

        var seen = Observed(members);
        int Day() => start + _rng.Next(0, months * 30);
        for (var i = 1; i < seen.Count; i++)
        {
            // Cells report to a lieutenant, lieutenants to the boss.
            var up = i <= lieutenants ? seen[0] : seen[1 + (i % Math.Min(lieutenants, seen.Count - 1))];
            for (var k = _rng.Next(2, 7); k > 0; k--)
            {
                Tx(seen[i], up, TransactionKind.Communication, Day());
            }

            if (_rng.NextDouble() < 0.5)
            {
                Tx(up, seen[i], TransactionKind.Payment, Day(), amount: _rng.Next(500, 5000));
            }
        }

        var trafficking = _rng.NextDouble() < 0.5;
        for (var month = 0; month < months; month++)
        {
            for (var p = _rng.Next(1, 5); p > 0; p--)
            {
                var day = start + (month * 30) + _rng.Next(0, 30);
                var destination = Pick(destinations);
                var person = Add(new Agent(Id("px"), trafficking ? AgentKind.Victim : AgentKind.Migrant) { Country = countries[0] });
                Tx(Pick(seen), person, TransactionKind.Recruitment, day, country: countries[0]);
                if (!trafficking)
                {
                    Tx(person, Pick(seen), TransactionKind.Fee, day + 2, amount: _rng.Next(2000, 12000), country: countries[0]);
                }

                Tx(Pick(seen), person, TransactionKind.Transport, day + 7, route: [countries[0], Pick(countries), destination]);
                if (trafficking)
                {
                    Tx(Pick(seen), person, TransactionKind.Exploitation, day + 40, amount: _rng.Next(300, 2000), country: destination);
                }
            }
        }

        // Services: in-house when a member does them, else bought from the shared outsiders.
        var forger = forgerInHouse ? seen[^1] : Pick(forgers);
        for (var k = _rng.Next(2, 6); k > 0; k--)
        {
            Tx(forger, Pick(seen), TransactionKind.Documents, Day());
        }

        var launderer = laundererInHouse ? seen[^1] : Pick(launderers);
        if (!discreet)
        {
            var front = Add(new Agent(Id("biz"), AgentKind.Business) { Country = Pick(destinations) });
            for (var k = _rng.Next(2, 6); k > 0; k--)
            {
                Tx(launderer, front, TransactionKind.Laundering, Day(), amount: _rng.Next(10000, 90000));
            }

            for (var o = _rng.Next(1, 4); o > 0; o--)
            {
                var official = Add(new Agent(Id("gov"), AgentKind.Official) { Country = Pick(countries) });
                Tx(seen[0], official, TransactionKind.Bribe, Day(), amount: _rng.Next(1000, 15000));
                Tx(seen[0], official, TransactionKind.Bribe, Day(), amount: _rng.Next(1000, 15000));
            }
        }

        if (_rng.NextDouble() < 0.35)
        {
            var dealer = Offender(Pick(Countries), FunctionSet.Empty, null);
            for (var k = _rng.Next(2, 5); k > 0; k--)
            {
                Tx(dealer, Pick(seen), TransactionKind.Drugs, Day(), amount: _rng.Next(5000, 50000));
            }
        }
    }

    // The members an analyst knows of (at least two), with functions blanked at the set's rate.
    private List<string> Observed(List<string> members)
    {
        var seen = members.Where(_ => _rng.NextDouble() >= _set.MissingMembers).ToList();
        return seen.Count >= 2 ? seen : members.Take(2).ToList();
    }

    private string Offender(string country, FunctionSet functions, string? group)
    {
        var agent = new Agent(Id("p"), AgentKind.Person)
        {
            Country = country,
            Functions = _rng.NextDouble() < _set.BlankFunctions ? FunctionSet.Empty : functions,
            Groups = group is null ? [] : [group],
        };
        _offenders.Add(agent.Id);
        return Add(agent);
    }

    private string Add(Agent agent)
    {
        _builder.AddAgent(agent);
        return agent.Id;
    }

    private void Tx(string source, string target, TransactionKind kind, int day, decimal? amount = null, string? country = null, string[]? route = null)
    {
        if (source == target)
        {
            return;
        }

        _builder.AddTransaction(new Transaction(source, target, kind)
        {
            Time = _noTimes ? null : Origin.AddDays(day).AddMinutes(_rng.Next(0, 1440)),
            Amount = amount,
            Currency = amount is null ? null : "EUR",
            Country = country,
            Route = route is null || _set.NoRoutes ? [] : [.. route.Distinct()],
        });
    }

    private string Id(string prefix) => $"{prefix}.{_next++:x5}";

    private int Between((int Min, int Max) range) => _rng.Next(range.Min, range.Max + 1);

    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    private T[] Sample<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToArray();
        _rng.Shuffle(copy);
        return copy[..Math.Min(count, copy.Length)];
    }
}
