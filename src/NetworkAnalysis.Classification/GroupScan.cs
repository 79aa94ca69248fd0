using NetworkAnalysis.Core;

namespace NetworkAnalysis.Classification;

/// <summary>
/// Computes one group's indicators from a <see cref="NetworkIndex"/>. Holds per-thread scratch
/// (stamp arrays over agents, countries and routes) so a batch of groups allocates little; not
/// thread-safe: one instance per worker.
/// </summary>
internal sealed class GroupScan
{
    private static readonly long _weekTicks = TimeSpan.FromDays(7).Ticks;
    private static readonly int _kindCount = Enum.GetValues<TransactionKind>().Length;

    private readonly NetworkIndex _index;
    private readonly TransactionNetwork _network;
    private readonly int[] _memberStamp;
    private readonly int[] _seenStamp;
    private readonly int[] _localIndex;
    private readonly int[] _countryStamp;
    private readonly long[] _countryMark;
    private readonly int[] _countryCountStamp;
    private readonly List<int> _countedCountries = [];
    private readonly int[] _countryTransactions;
    private readonly int[] _boughtEvidence = new int[FunctionSet.All.Count];
    private readonly int[] _ownEvidence = new int[FunctionSet.All.Count];
    private readonly Dictionary<int, int> _businessUses = [];
    private readonly int[] _routeStamp;
    private readonly long[] _routeFirst;
    private readonly int[] _kindCounts = new int[_kindCount];
    private readonly List<int> _members = [];
    private readonly List<int> _people = [];
    private readonly List<long> _times = [];
    private readonly List<long> _operationTimes = [];
    private readonly List<int> _routes = [];
    private readonly List<long> _memberEdges = [];
    private readonly HashSet<int> _officialsBribed = [];
    private readonly Dictionary<int, int> _officialUses = [];
    private readonly HashSet<int> _officialsDocuments = [];
    private readonly HashSet<int> _businessesUsed = [];
    private readonly HashSet<int> _businessesTransport = [];
    private readonly HashSet<int> _specialists = [];
    private int _stamp;
    private int _countries;
    private long _serial;

    public GroupScan(NetworkIndex index)
    {
        _index = index;
        _network = index.Network;
        var n = _network.AgentCount;
        _memberStamp = new int[n];
        _seenStamp = new int[n];
        _localIndex = new int[n];
        _countryStamp = new int[index.CountryCount];
        _countryMark = new long[index.CountryCount];
        _countryCountStamp = new int[index.CountryCount];
        Array.Fill(_countryMark, -1);
        _countryTransactions = new int[index.CountryCount];
        _routeStamp = new int[index.RouteCount];
        _routeFirst = new long[index.RouteCount];
    }

    public GroupIndicators Compute(CandidateGroup group)
    {
        Reset();
        var roles = _index.Roles;
        var agents = _network.Agents;
        foreach (var a in group.Members)
        {
            if ((uint)a >= (uint)agents.Count)
            {
                throw new ArgumentException($"group '{group.Id}' names agent index {a}, outside the network", nameof(group));
            }

            if (roles[a] == AgentRole.People || _memberStamp[a] == _stamp)
            {
                continue;
            }

            _memberStamp[a] = _stamp;
            _localIndex[a] = _members.Count;
            _members.Add(a);
        }

        var declared = FunctionSet.Empty;
        var anyDeclared = false;
        foreach (var m in _members)
        {
            var agent = agents[m];
            declared = declared.Union(agent.Functions);
            anyDeclared |= !agent.Functions.IsEmpty;
            AddCountry(_index.AgentCountry[m]);
            if (roles[m] == AgentRole.Official)
            {
                _officialsBribed.Add(m);
            }
            else if (roles[m] == AgentRole.Business)
            {
                _businessesUsed.Add(m);
                _businessUses[m] = int.MaxValue;
            }
        }

        var scan = new Tally();
        foreach (var m in _members)
        {
            foreach (var t in _index.Incident(m))
            {
                var s = _network.TransactionSources[t];
                var d = _network.TransactionTargets[t];
                var sm = _memberStamp[s] == _stamp;
                var dm = _memberStamp[d] == _stamp;
                if (sm && dm && m != s)
                {
                    continue; // counted from its source member
                }

                ScanMemberTransaction(t, s, d, sm, dm, ref scan);
            }
        }

        var people = ScanPeople(ref scan);
        return Assemble(group, declared, anyDeclared, ref scan, people);
    }

    private void Reset()
    {
        _stamp++;
        if (_stamp == int.MaxValue)
        {
            Array.Clear(_memberStamp);
            Array.Clear(_seenStamp);
            Array.Clear(_countryStamp);
            Array.Clear(_routeStamp);
            Array.Clear(_countryCountStamp);
            _stamp = 1;
        }

        _members.Clear();
        _people.Clear();
        _times.Clear();
        _operationTimes.Clear();
        _routes.Clear();
        _memberEdges.Clear();
        _officialsBribed.Clear();
        _officialUses.Clear();
        _officialsDocuments.Clear();
        _businessesUsed.Clear();
        _businessesTransport.Clear();
        _specialists.Clear();
        _businessUses.Clear();
        _countedCountries.Clear();
        Array.Clear(_kindCounts);
        Array.Clear(_boughtEvidence);
        Array.Clear(_ownEvidence);
        _countries = 0;
    }

    private void ScanMemberTransaction(int t, int s, int d, bool sm, bool dm, ref Tally tally)
    {
        var tx = _network.Transactions[t];
        var kind = tx.Kind;
        tally.Transactions++;
        _kindCounts[(int)kind]++;
        if (tx.Time is { } time)
        {
            _times.Add(time.UtcTicks);
            if (kind is not (TransactionKind.Communication or TransactionKind.Payment))
            {
                _operationTimes.Add(time.UtcTicks);
            }
        }

        _serial++;
        CountBorder(t, s, d, ref tally);
        AddCountry(_index.TransactionCountry[t]);
        CountCountry(_index.TransactionCountry[t]);
        var route = _index.TransactionRoute[t];
        if (route >= 0)
        {
            AddRoute(route, tx.Time);
            foreach (var c in _index.RouteCountries[route])
            {
                CountCountry(c);
            }
        }

        if (tx.Persons is { } persons)
        {
            tally.AnyPersons = true;
            if (kind is TransactionKind.Recruitment or TransactionKind.Fee)
            {
                tally.PersonsRecruitedOrPaying += persons;
            }
            else if (kind == TransactionKind.Transport)
            {
                tally.PersonsTransported += persons;
            }
        }

        var function = AncillaryServices.FunctionOf(kind);
        if (sm && dm)
        {
            if (s != d)
            {
                _memberEdges.Add(Pair(_localIndex[s], _localIndex[d]));
            }

            if (function is { } f)
            {
                Show(ref tally, f);
            }

            return;
        }

        var other = sm ? d : s;
        var memberIsSource = sm;
        switch (_index.Roles[other])
        {
            case AgentRole.People:
                AddPerson(other);
                if (function is { } pf && (pf != Function.DocumentForgery || memberIsSource))
                {
                    Show(ref tally, pf);
                }

                break;
            case AgentRole.Official:
                AddCountry(_index.AgentCountry[other]);
                if (kind is TransactionKind.Bribe or TransactionKind.Payment or TransactionKind.Protection)
                {
                    // An explicit bribe counts at once; a payment or protection only when repeated, so
                    // one stray payment (recording noise, a fine, a fee) does not make an official corrupt.
                    var uses = _officialUses.GetValueOrDefault(other) + (kind == TransactionKind.Bribe ? 2 : 1);
                    _officialUses[other] = uses;
                    if (uses >= 2)
                    {
                        _officialsBribed.Add(other);
                        if (kind != TransactionKind.Protection || !memberIsSource)
                        {
                            tally.Evidence = tally.Evidence.With(Function.Corruption);
                        }
                    }
                }
                else if (kind == TransactionKind.Documents)
                {
                    _officialsDocuments.Add(other);
                }

                break;
            case AgentRole.Business:
                AddCountry(_index.AgentCountry[other]);
                if (kind == TransactionKind.Transport)
                {
                    _businessesTransport.Add(other);
                }
                else if (kind != TransactionKind.Communication)
                {
                    _businessUses[other] = _businessUses.GetValueOrDefault(other) + 1;
                }

                if (kind == TransactionKind.Laundering)
                {
                    Show(ref tally, Function.MoneyLaundering);
                }

                break;
            case AgentRole.Offender:
                ScanOutsider(other, kind, memberIsSource, ref tally);
                break;
            default:
                break;
        }
    }

    // A transaction crosses a border when its route spans two or more countries, or when its parties
    // live in different countries; it cannot be told when neither is recorded.
    private void CountBorder(int t, int s, int d, ref Tally tally)
    {
        var route = _index.TransactionRoute[t];
        if (route >= 0)
        {
            var countries = _index.RouteCountries[route];
            tally.BorderKnown++;
            for (var i = 1; i < countries.Length; i++)
            {
                if (countries[i] != countries[0])
                {
                    tally.CrossBorder++;
                    return;
                }
            }

            return;
        }

        var cs = _index.AgentCountry[s];
        var cd = _index.AgentCountry[d];
        if (cs >= 0 && cd >= 0)
        {
            tally.BorderKnown++;
            tally.CrossBorder += cs != cd ? 1 : 0;
        }
    }

    // A transaction showing a member performing a function. Core functions count at once; an ancillary
    // service only when at least two transactions show it (as for services bought), so one stray or
    // mis-coded record does not make a group launder or forge in-house. Long-lived groups collect more
    // stray records, so a single-record rule would make duration look like in-house services.
    private void Show(ref Tally tally, Function f)
    {
        if (AncillaryServices.All.Contains(f))
        {
            _ownEvidence[(int)f]++;
        }
        else
        {
            tally.Evidence = tally.Evidence.With(f);
        }
    }

    private void ScanOutsider(int other, TransactionKind kind, bool memberIsSource, ref Tally tally)
    {
        var function = AncillaryServices.FunctionOf(kind);
        if (function is { } f && f != Function.Corruption)
        {
            // Documents a member hands to an outsider show the member's own forgery.
            if (f == Function.DocumentForgery && memberIsSource)
            {
                Show(ref tally, f);
                return;
            }

            _boughtEvidence[(int)f]++;
            _specialists.Add(other);
            return;
        }

        if (kind == TransactionKind.Payment)
        {
            var offered = _network.Agents[other].Functions.Intersect(AncillaryServices.All);
            if (!offered.IsEmpty)
            {
                foreach (var f2 in offered)
                {
                    _boughtEvidence[(int)f2]++;
                }

                _specialists.Add(other);
            }
        }
    }

    // An outside offender who forges documents for, collects debts from or guards the group's people
    // provides that service to the group (the group bought it).
    private void ServedByOutsider(int other, TransactionKind kind)
    {
        if (_index.Roles[other] != AgentRole.Offender
            || AncillaryServices.FunctionOf(kind) is not { } f
            || !AncillaryServices.All.Contains(f))
        {
            return;
        }

        _boughtEvidence[(int)f]++;
        _specialists.Add(other);
    }

    private void AddPerson(int person)
    {
        if (_seenStamp[person] != _stamp)
        {
            _seenStamp[person] = _stamp;
            _people.Add(person);
        }
    }

    private void AddCountry(int country)
    {
        if (country >= 0 && _countryStamp[country] != _stamp)
        {
            _countryStamp[country] = _stamp;
            _countries++;
        }
    }

    // Counts each country once per transaction, for the effective number of countries.
    private void CountCountry(int country)
    {
        if (country < 0 || _countryMark[country] == _serial)
        {
            return;
        }

        _countryMark[country] = _serial;
        if (_countryCountStamp[country] != _stamp)
        {
            _countryCountStamp[country] = _stamp;
            _countryTransactions[country] = 0;
            _countedCountries.Add(country);
        }

        _countryTransactions[country]++;
    }

    private void AddRoute(int route, DateTimeOffset? time)
    {
        var ticks = time?.UtcTicks ?? long.MaxValue;
        if (_routeStamp[route] != _stamp)
        {
            _routeStamp[route] = _stamp;
            _routeFirst[route] = ticks;
            _routes.Add(route);
            foreach (var c in _index.RouteCountries[route])
            {
                AddCountry(c);
            }
        }
        else if (ticks < _routeFirst[route])
        {
            _routeFirst[route] = ticks;
        }
    }

    private PeopleTally ScanPeople(ref Tally tally)
    {
        var result = default(PeopleTally);
        var agents = _network.Agents;
        foreach (var p in _people)
        {
            var agent = agents[p];
            if (AgentRoles.IsVictim(agent))
            {
                result.Victims++;
            }
            else if (agent.Kind == AgentKind.Migrant)
            {
                result.Migrants++;
            }

            AddCountry(_index.AgentCountry[p]);
            var exploited = false;
            var coerced = false;
            var paid = false;
            var arrival = long.MinValue;
            var lastOther = long.MinValue;
            foreach (var t in _index.Incident(p))
            {
                var tx = _network.Transactions[t];
                var s = _network.TransactionSources[t];
                var d = _network.TransactionTargets[t];
                var counted = _memberStamp[s] == _stamp || _memberStamp[d] == _stamp;
                if (!counted)
                {
                    ServedByOutsider(s == p ? d : s, tx.Kind);
                }

                switch (tx.Kind)
                {
                    case TransactionKind.Exploitation:
                        exploited = true;
                        result.ExploitationAmount += tx.Amount ?? 0m;
                        result.ExploitationCount++;
                        if (!counted)
                        {
                            tally.ExtraExploitation++;
                        }

                        break;
                    case TransactionKind.DebtCollection:
                        coerced = true;
                        if (!counted)
                        {
                            tally.ExtraDebtCollection++;
                        }

                        break;
                    case TransactionKind.Protection:
                        coerced = true;
                        break;
                    case TransactionKind.Fee when s == p:
                        paid = true;
                        result.FeeAmount += tx.Amount ?? 0m;
                        result.FeeCount++;
                        if (!counted)
                        {
                            tally.ExtraFees++;
                        }

                        break;
                    default:
                        break;
                }

                coerced |= _index.Coercive[t];
                if (tx.Time is { } time)
                {
                    if (tx.Kind == TransactionKind.Transport)
                    {
                        arrival = Math.Max(arrival, time.UtcTicks);
                    }
                    else if (tx.Kind != TransactionKind.Communication)
                    {
                        lastOther = Math.Max(lastOther, time.UtcTicks);
                    }
                }
            }

            result.Exploited += exploited ? 1 : 0;
            result.Coerced += coerced ? 1 : 0;
            result.Paying += paid ? 1 : 0;
            if (arrival != long.MinValue)
            {
                result.WithArrival++;
                if (lastOther != long.MinValue && lastOther > arrival + _weekTicks)
                {
                    result.Continuing++;
                }
            }
        }

        return result;
    }

    private GroupIndicators Assemble(CandidateGroup group, FunctionSet declared, bool anyDeclared, ref Tally tally, PeopleTally people)
    {
        var v = new double[IndicatorCatalog.Count];
        Array.Fill(v, double.NaN);
        var details = new string?[IndicatorCatalog.Count];
        var hasTx = tally.Transactions > 0;

        Set(v, IndicatorNames.Members, _members.Count);
        Set(v, IndicatorNames.Transactions, tally.Transactions);

        // Functions: declared ones, plus those transactions show a member performing, unless the same
        // service is bought from outside (the member then passes on what an outsider provided).
        for (var f = 0; f < _boughtEvidence.Length; f++)
        {
            if (_boughtEvidence[f] >= 2)
            {
                tally.Bought = tally.Bought.With((Function)f);
            }

            if (_ownEvidence[f] >= 2)
            {
                tally.Evidence = tally.Evidence.With((Function)f);
            }
        }

        foreach (var (business, uses) in _businessUses)
        {
            if (uses >= 2)
            {
                _businessesUsed.Add(business);
            }
        }

        var ancillary = AncillaryServices.All;
        var core = FunctionSet.Of(Function.Transport, Function.Recruitment, Function.Exploitation, Function.Corruption);
        var inHouse = declared
            .Union(tally.Evidence.Intersect(core))
            .Union(tally.Evidence.Intersect(ancillary).Except(tally.Bought));
        var boughtOnly = tally.Bought.Intersect(ancillary).Except(inHouse);
        var functionsKnown = anyDeclared || !tally.Evidence.IsEmpty || _boughtEvidence.Any(e => e > 0) || _ownEvidence.Any(e => e > 0);
        var inHouseFunctions = functionsKnown ? inHouse : FunctionSet.Empty;
        if (functionsKnown)
        {
            Set(v, IndicatorNames.FunctionsInHouse, inHouse.Count, details, AncillaryServices.Phrases(inHouse));
            Set(v, IndicatorNames.ForgeryInHouse, inHouse.Contains(Function.DocumentForgery) ? 1 : 0);
            Set(v, IndicatorNames.LaunderingInHouse, inHouse.Contains(Function.MoneyLaundering) ? 1 : 0);
            Set(v, IndicatorNames.DebtCollectionInHouse, inHouse.Contains(Function.DebtCollection) ? 1 : 0);
            Set(v, IndicatorNames.IntelligenceInHouse, inHouse.Contains(Function.Intelligence) ? 1 : 0);
            Set(v, IndicatorNames.ProtectionInHouse, inHouse.Contains(Function.Protection) ? 1 : 0);
            var inHouseAncillary = inHouse.Intersect(ancillary);
            Set(v, IndicatorNames.AncillaryInHouse, inHouseAncillary.Count, details, AncillaryServices.Phrases(inHouseAncillary));
            Set(v, IndicatorNames.AncillaryBoughtOnly, boughtOnly.Count, details, AncillaryServices.Phrases(boughtOnly));
            if (boughtOnly.Count + inHouseAncillary.Count > 0)
            {
                Set(v, IndicatorNames.OutsourcedShare, (double)boughtOnly.Count / (boughtOnly.Count + inHouseAncillary.Count));
            }
        }

        AssembleMembers(v);
        if (tally.BorderKnown > 0)
        {
            Set(v, IndicatorNames.CrossBorderShare, (double)tally.CrossBorder / tally.BorderKnown);
        }

        if (hasTx)
        {
            Set(v, IndicatorNames.OutsideSpecialists, _specialists.Count);
        }

        if (_countries > 0)
        {
            Set(v, IndicatorNames.Countries, _countries, details, CountryList());
        }

        if (EffectiveCountries() is { } effective)
        {
            Set(v, IndicatorNames.EffectiveCountries, effective);
        }

        AssembleRoutes(v, details);
        AssemblePeopleMoved(v, tally);
        AssembleTime(v);

        if (hasTx)
        {
            var drugs = _kindCounts[(int)TransactionKind.Drugs];
            var arms = _kindCounts[(int)TransactionKind.Arms];
            Set(v, IndicatorNames.DrugTransactions, drugs);
            Set(v, IndicatorNames.ArmsTransactions, arms);
            var crimes = (drugs > 0 ? "drug trafficking" : null, arms > 0 ? "arms smuggling" : null) switch
            {
                (null, null) => string.Empty,
                ({ } a, null) => a,
                (null, { } b) => b,
                ({ } a, { } b) => a + " and " + b,
            };
            Set(v, IndicatorNames.OtherCrimes, (drugs > 0 ? 1 : 0) + (arms > 0 ? 1 : 0), details, crimes);

            var visa = 0;
            foreach (var o in _officialsDocuments)
            {
                visa += _officialsBribed.Contains(o) ? 0 : 1;
            }

            Set(v, IndicatorNames.OfficialsBribed, _officialsBribed.Count);
            Set(v, IndicatorNames.VisaShopping, visa);
            var transportOnly = 0;
            foreach (var b in _businessesTransport)
            {
                transportOnly += _businessesUsed.Contains(b) ? 0 : 1;
            }

            Set(v, IndicatorNames.BusinessesUsed, _businessesUsed.Count);
            Set(v, IndicatorNames.CommercialTransport, transportOnly);
        }
        else if (_officialsBribed.Count + _businessesUsed.Count > 0)
        {
            Set(v, IndicatorNames.OfficialsBribed, _officialsBribed.Count);
            Set(v, IndicatorNames.BusinessesUsed, _businessesUsed.Count);
        }

        AssembleStructure(v);
        AssembleTrafficking(v, tally, people, hasTx);
        return new GroupIndicators(group.Id, group.Name, group.Origin, v, details, inHouseFunctions, functionsKnown ? boughtOnly : FunctionSet.Empty);
    }

    // Where the members live (inverse Simpson over home countries) and how many functions each does.
    private void AssembleMembers(double[] v)
    {
        var operational = FunctionSet.All.Except(FunctionSet.Of(Function.Coordination, Function.Financing));
        var declaring = 0;
        var functions = 0;
        var byCountry = new Dictionary<int, int>();
        foreach (var m in _members)
        {
            var c = _index.AgentCountry[m];
            if (c >= 0)
            {
                byCountry[c] = byCountry.GetValueOrDefault(c) + 1;
            }

            var declared = _network.Agents[m].Functions.Intersect(operational).Count;
            if (declared > 0)
            {
                declaring++;
                functions += declared;
            }
        }

        if (declaring > 0)
        {
            Set(v, IndicatorNames.FunctionsPerMember, (double)functions / declaring);
        }

        double sum = 0, squares = 0;
        foreach (var count in byCountry.Values)
        {
            sum += count;
            squares += (double)count * count;
        }

        if (sum > 0)
        {
            Set(v, IndicatorNames.MemberCountries, sum * sum / squares);
        }
    }

    // Inverse Simpson over the countries of the group's transactions; without any, over the home
    // countries of its members and people (each agent once).
    private double? EffectiveCountries()
    {
        double sum = 0, squares = 0;
        foreach (var c in _countedCountries)
        {
            double count = _countryTransactions[c];
            sum += count;
            squares += count * count;
        }

        if (sum > 0)
        {
            return sum * sum / squares;
        }

        var byCountry = new Dictionary<int, int>();
        foreach (var a in _members.Concat(_people))
        {
            var c = _index.AgentCountry[a];
            if (c >= 0)
            {
                byCountry[c] = byCountry.GetValueOrDefault(c) + 1;
            }
        }

        foreach (var count in byCountry.Values)
        {
            sum += count;
            squares += (double)count * count;
        }

        return sum > 0 ? sum * sum / squares : null;
    }

    private void AssembleRoutes(double[] v, string?[] details)
    {
        if (_routes.Count == 0)
        {
            return;
        }

        var destinations = new HashSet<int>();
        foreach (var r in _routes)
        {
            var countries = _index.RouteCountries[r];
            destinations.Add(countries[^1]);
        }

        Set(v, IndicatorNames.Routes, _routes.Count, details, string.Join(", ", _routes.Select(r => _index.RouteNames[r]).Order(StringComparer.Ordinal)));
        Set(v, IndicatorNames.Destinations, destinations.Count, details, string.Join(", ", destinations.Select(c => _index.CountryNames[c]).Order(StringComparer.Ordinal)));

        if (_times.Count > 0)
        {
            var first = long.MaxValue;
            var last = long.MinValue;
            foreach (var t in _times)
            {
                first = Math.Min(first, t);
                last = Math.Max(last, t);
            }

            var dated = 0;
            var fresh = 0;
            var cutoff = first + ((last - first) / 3);
            foreach (var r in _routes)
            {
                if (_routeFirst[r] == long.MaxValue)
                {
                    continue;
                }

                dated++;
                fresh += _routeFirst[r] > cutoff ? 1 : 0;
            }

            if (dated > 0)
            {
                Set(v, IndicatorNames.NewRoutes, fresh);
            }
        }
    }

    private void AssemblePeopleMoved(double[] v, Tally tally)
    {
        if (_people.Count == 0 && !tally.AnyPersons)
        {
            return;
        }

        double meanLegs = 1;
        if (_routes.Count > 0)
        {
            var legs = 0;
            foreach (var r in _routes)
            {
                legs += Math.Max(1, _index.RouteCountries[r].Length - 1);
            }

            meanLegs = (double)legs / _routes.Count;
        }

        var moved = Math.Max(_people.Count, Math.Max(tally.PersonsRecruitedOrPaying, tally.PersonsTransported / meanLegs));
        Set(v, IndicatorNames.PeopleMoved, Math.Round(moved));
    }

    private void AssembleTime(double[] v)
    {
        if (_times.Count == 0)
        {
            return;
        }

        _times.Sort();
        var firstMonth = MonthOf(_times[0]);
        var lastMonth = MonthOf(_times[^1]);
        var active = 0;
        var previousMonth = int.MinValue;
        var activeDays = 0;
        var previousDay = long.MinValue;
        double sum = 0;
        double sumSq = 0;
        foreach (var t in _times)
        {
            var month = MonthOf(t);
            if (month != previousMonth)
            {
                active++;
                previousMonth = month;
            }

            var day = t / TimeSpan.TicksPerDay;
            if (day != previousDay)
            {
                if (activeDays > 0)
                {
                    double gap = day - previousDay;
                    sum += gap;
                    sumSq += gap * gap;
                }

                activeDays++;
                previousDay = day;
            }
        }

        var span = lastMonth - firstMonth + 1;
        Set(v, IndicatorNames.SpanMonths, span);
        Set(v, IndicatorNames.ActiveMonths, active);
        Set(v, IndicatorNames.Continuity, (double)active / span);
        Set(v, IndicatorNames.LongestActiveRun, LongestRun(_operationTimes.Count > 0 ? _operationTimes : _times));
        if (activeDays >= 3)
        {
            var gaps = activeDays - 1;
            var mean = sum / gaps;
            var sd = Math.Sqrt(Math.Max(0, (sumSq / gaps) - (mean * mean)));
            Set(v, IndicatorNames.Burstiness, (sd - mean) / (sd + mean));
        }
    }

    // The longest run of consecutive calendar months holding at least one of the times. Operations
    // (moving, recruiting, exploiting, paying bribes ...) rather than calls and payments, which stray
    // records and background contact spread over every month.
    private static int LongestRun(List<long> times)
    {
        times.Sort();
        var longest = 0;
        var run = 0;
        var previous = int.MinValue;
        foreach (var t in times)
        {
            var month = MonthOf(t);
            if (month == previous)
            {
                continue;
            }

            run = month == previous + 1 ? run + 1 : 1;
            longest = Math.Max(longest, run);
            previous = month;
        }

        return longest;
    }

    private void AssembleStructure(double[] v)
    {
        var n = _members.Count;
        if (n < 2)
        {
            return;
        }

        _memberEdges.Sort();
        var degree = new int[n];
        var edges = 0;
        var previous = -1L;
        foreach (var e in _memberEdges)
        {
            if (e == previous)
            {
                continue;
            }

            previous = e;
            edges++;
            degree[(int)(e >> 32)]++;
            degree[(int)(e & 0xFFFFFFFF)]++;
        }

        Set(v, IndicatorNames.Density, 2.0 * edges / ((double)n * (n - 1)));
        var max = 0;
        var top = 0;
        for (var i = 0; i < n; i++)
        {
            if (degree[i] > max)
            {
                max = degree[i];
                top = i;
            }
        }

        if (n >= 3)
        {
            double spread = 0;
            foreach (var d in degree)
            {
                spread += max - d;
            }

            Set(v, IndicatorNames.Centralisation, spread / ((n - 1.0) * (n - 2.0)));
        }

        Set(v, IndicatorNames.HierarchyLevels, 1 + Depth(n, degree, top));
    }

    // Breadth-first depth from the most connected member over the deduplicated member edges.
    private int Depth(int n, int[] degree, int start)
    {
        var offsets = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            offsets[i + 1] = offsets[i] + degree[i];
        }

        var fill = offsets[..n];
        var adjacency = new int[offsets[n]];
        var previous = -1L;
        foreach (var e in _memberEdges)
        {
            if (e == previous)
            {
                continue;
            }

            previous = e;
            var a = (int)(e >> 32);
            var b = (int)(e & 0xFFFFFFFF);
            adjacency[fill[a]++] = b;
            adjacency[fill[b]++] = a;
        }

        var depth = new int[n];
        Array.Fill(depth, -1);
        var queue = new int[n];
        int head = 0, tail = 0, deepest = 0;
        depth[start] = 0;
        queue[tail++] = start;
        while (head < tail)
        {
            var u = queue[head++];
            for (var k = offsets[u]; k < offsets[u + 1]; k++)
            {
                var w = adjacency[k];
                if (depth[w] < 0)
                {
                    depth[w] = depth[u] + 1;
                    deepest = Math.Max(deepest, depth[w]);
                    queue[tail++] = w;
                }
            }
        }

        return deepest;
    }

    private void AssembleTrafficking(double[] v, Tally tally, PeopleTally people, bool hasTx)
    {
        if (hasTx || _people.Count > 0)
        {
            Set(v, IndicatorNames.Victims, people.Victims);
            Set(v, IndicatorNames.Migrants, people.Migrants);
            Set(v, IndicatorNames.ExploitationTransactions, _kindCounts[(int)TransactionKind.Exploitation] + tally.ExtraExploitation);
            Set(v, IndicatorNames.DebtCollectionTransactions, _kindCounts[(int)TransactionKind.DebtCollection] + tally.ExtraDebtCollection);
            Set(v, IndicatorNames.FeeTransactions, _kindCounts[(int)TransactionKind.Fee] + tally.ExtraFees);
        }

        var count = _people.Count;
        if (count > 0)
        {
            Set(v, IndicatorNames.ExploitedShare, (double)people.Exploited / count);
            Set(v, IndicatorNames.CoercedShare, (double)people.Coerced / count);
            Set(v, IndicatorNames.FeePayingShare, (double)people.Paying / count);
        }

        if (people.WithArrival > 0)
        {
            Set(v, IndicatorNames.ContinuingRelations, (double)people.Continuing / people.WithArrival);
        }

        var money = people.ExploitationAmount + people.FeeAmount;
        if (money > 0)
        {
            Set(v, IndicatorNames.ExploitationIncomeShare, (double)(people.ExploitationAmount / money));
        }
        else if (people.ExploitationCount + people.FeeCount > 0)
        {
            Set(v, IndicatorNames.ExploitationIncomeShare, (double)people.ExploitationCount / (people.ExploitationCount + people.FeeCount));
        }
    }

    private string CountryList()
    {
        var names = new List<string>();
        for (var c = 0; c < _countryStamp.Length; c++)
        {
            if (_countryStamp[c] == _stamp)
            {
                names.Add(_index.CountryNames[c]);
            }
        }

        names.Sort(StringComparer.Ordinal);
        return string.Join(", ", names);
    }

    private static int MonthOf(long ticks)
    {
        var date = new DateTime(ticks, DateTimeKind.Utc);
        return (date.Year * 12) + date.Month - 1;
    }

    private static long Pair(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static void Set(double[] v, string name, double value) => v[IndicatorCatalog.IndexOf(name)] = value;

    private static void Set(double[] v, string name, double value, string?[] details, string detail)
    {
        var i = IndicatorCatalog.IndexOf(name);
        v[i] = value;
        details[i] = detail.Length == 0 ? null : detail;
    }

    private struct Tally
    {
        public int Transactions;
        public bool AnyPersons;
        public long PersonsRecruitedOrPaying;
        public long PersonsTransported;
        public FunctionSet Evidence;
        public FunctionSet Bought;
        public int ExtraExploitation;
        public int ExtraDebtCollection;
        public int ExtraFees;
        public int BorderKnown;
        public int CrossBorder;
    }

    private struct PeopleTally
    {
        public int Victims;
        public int Migrants;
        public int Exploited;
        public int Coerced;
        public int Paying;
        public int WithArrival;
        public int Continuing;
        public int ExploitationCount;
        public int FeeCount;
        public decimal ExploitationAmount;
        public decimal FeeAmount;
    }
}
