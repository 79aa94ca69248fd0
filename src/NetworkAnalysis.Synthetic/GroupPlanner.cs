using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic;

/// <summary>
/// Draws the plan of every group (DOMAIN.md §4): small enterprise-type groups with a few members, one or
/// two short routes through the countries they know, months of bursty activity, specialists bought from
/// outside; large transnational groups with many members, several corridors and new routes over time,
/// years of continuous activity, in-house ancillary services, officials and front businesses, other
/// crimes. The two distributions overlap on purpose (large small groups, small transnational ones,
/// transnational groups with few upperworld links) so a classifier is really tested.
/// </summary>
internal sealed class GroupPlanner
{
    private static readonly string[] _sourceRegions = ["AF", "IQ", "SY", "PK", "BD", "ER", "SD"];
    private static readonly string[] _financeHubs = ["AE", "NL", "GB", "TR", "CN"];

    private readonly CaseDraft _draft;
    private readonly SpecialistPool _pool;
    private readonly Rng _rng;
    private readonly GroupShapes _shapes;

    public GroupPlanner(CaseDraft draft, SpecialistPool pool, Rng rng, GroupShapes shapes)
    {
        _draft = draft;
        _pool = pool;
        _rng = rng;
        _shapes = shapes;
    }

    // A share of 0 draws nothing, so the default shapes leave the random stream (and the dataset) unchanged.
    private bool Maybe(double share) => share > 0 && _rng.Chance(share);

    public List<GroupPlan> Plan(int groups, double transnationalShare)
    {
        var transnational = (int)Math.Round(groups * transnationalShare, MidpointRounding.AwayFromZero);
        var types = new GroupType[groups];
        for (var i = 0; i < groups; i++)
        {
            types[i] = i < transnational ? GroupType.Transnational : GroupType.SmallEnterprise;
        }

        _rng.Shuffle(types.AsSpan());
        var plans = new List<GroupPlan>(groups);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < groups; i++)
        {
            var plan = new GroupPlan(i, types[i]);
            if (types[i] == GroupType.Transnational)
            {
                PlanTransnational(plan);
            }
            else
            {
                PlanSmall(plan);
            }

            plan.Name = UniqueName(plan.Ties, names);
            plans.Add(plan);
        }

        ShareSpecialists(plans);
        LinkGroups(plans);
        return plans;
    }

    private string UniqueName(NameRegion ties, HashSet<string> used)
    {
        var name = NameBook.Group(_rng, ties);
        for (var attempt = 0; attempt < 20 && used.Contains(name); attempt++)
        {
            name = NameBook.Group(_rng, ties);
        }

        var unique = name;
        for (var n = 2; used.Contains(unique); n++)
        {
            unique = $"{name} {n}";
        }

        used.Add(unique);
        return unique;
    }

    private void PlanSmall(GroupPlan plan)
    {
        var span = _draft.SpanMinutes;
        var trafficking = _rng.Chance(0.2);
        plan.Trafficking = trafficking;
        plan.Smuggling = !trafficking || _rng.Chance(0.3);
        plan.VictimShare = !trafficking ? 0 : plan.Smuggling ? _rng.Uniform(0.2, 0.5) : 1;
        var corridor = PickCorridor(trafficking);
        var legs = Math.Min(corridor.Legs.Length, 1 + _rng.PickWeighted([0.55, 0.35, 0.10]));
        var first = _rng.Next(corridor.Legs.Length - legs + 1);
        var largeish = _rng.Chance(_shapes.SmallLarger);

        plan.MemberTarget = largeish ? _rng.Between(9, 16) : _rng.Between(3, 8);
        var months = largeish ? _rng.Uniform(8, 20) : Math.Clamp(_rng.LogNormal(4, 0.5), 1.5, 18);
        var longLived = Maybe(_shapes.SmallLongLived);
        if (longLived)
        {
            months = _rng.Uniform(18, 72);
        }

        var steady = !longLived && Maybe(_shapes.SmallSteady);
        var duration = Math.Min((long)(months * Time.Month), span - Time.Day);
        plan.Start = (long)(_rng.NextDouble() * (span - duration));
        plan.End = plan.Start + duration;
        var bursts = steady ? 0 : Math.Clamp(1 + (int)(months / 3) + _rng.Between(-1, 1), 1, 6);
        for (var b = 0; b < bursts; b++)
        {
            var length = Math.Min(duration, Time.Days(_rng, 7, 35));
            var start = plan.Start + (long)(_rng.NextDouble() * (duration - length));
            plan.Bursts.Add((start, start + length));
        }

        plan.Ties = _rng.Chance(0.7) ? Geography.Get(corridor.Stops[0]).Names : Geography.Get(corridor.Stops[first]).Names;
        AddRoute(plan, corridor, first, legs, plan.Start, plan.End);
        if (_rng.Chance(0.3))
        {
            // A second route from the hub it knows (TR>GR and TR>BG, LY>IT and LY>MT ...).
            var hub = corridor.Stops[first];
            var other = Array.FindAll(Geography.Corridors, c => c != corridor && Array.IndexOf(c.Stops, hub) is var at && at >= 0 && at < c.Legs.Length);
            if (other.Length > 0)
            {
                var c = _rng.Pick(other);
                AddRoute(plan, c, Array.IndexOf(c.Stops, hub), 1, plan.Start + duration / 3, plan.End);
            }
        }

        if (_rng.Chance(0.25))
        {
            AddCountry(plan, corridor.Stops[0]);
        }

        plan.People = trafficking && !plan.Smuggling
            ? Math.Clamp(_rng.LogNormal(8, 0.5), 2, 40)
            : Math.Clamp(_rng.LogNormal(50, 0.7), 8, 400) * (largeish ? 1.5 : 1.0);
        plan.FeeFactor = _rng.Uniform(0.6, 1.2);

        var inHouse = FunctionSet.Empty;
        if (trafficking)
        {
            inHouse = inHouse.With(Function.Exploitation);
            if (_rng.Chance(0.6))
            {
                inHouse = inHouse.With(Function.DebtCollection);
            }

            if (_rng.Chance(0.3))
            {
                inHouse = inHouse.With(Function.Protection);
            }
        }

        // Larger small groups sometimes lend on credit ("travel now, pay later") and collect the debts themselves.
        if (largeish && _rng.Chance(0.4))
        {
            inHouse = inHouse.With(Function.DebtCollection);
        }

        // The few members do everything themselves (working paper ¶4): recruit, move, harbour, guard, collect.
        if (Maybe(_shapes.SmallManyFunctions))
        {
            inHouse = inHouse.With(Function.Recruitment).With(Function.Transport).With(Function.Harbouring).With(Function.Protection);
            if (_rng.Chance(0.6))
            {
                inHouse = inHouse.With(Function.DebtCollection);
            }
        }

        // The exceptions that keep the classes overlapping: a few small groups forge or launder themselves.
        if (_rng.Chance(0.04))
        {
            inHouse = inHouse.With(Function.DocumentForgery);
        }

        if (_rng.Chance(0.03))
        {
            inHouse = inHouse.With(Function.MoneyLaundering);
        }

        plan.InHouse = inHouse;
        plan.DocumentRate = _rng.Chance(0.55) ? _rng.Uniform(0.2, 0.7) : 0.05;
        if (!inHouse.Contains(Function.DocumentForgery) || _rng.Chance(0.3))
        {
            plan.Forgers.Add(_pool.PickNear(_pool.Forgers, plan.Countries));
            if (_rng.Chance(0.2))
            {
                AddDistinct(plan.Forgers, _pool.PickNear(_pool.Forgers, plan.Countries));
            }
        }

        if (_rng.Chance(plan.People > 100 ? 0.55 : 0.3))
        {
            plan.Launderers.Add(_pool.PickNear(_pool.Launderers, plan.Countries));
        }

        UseHawala(plan, 0.5);
        plan.CommercialRate = _rng.Chance(0.8) ? _rng.Uniform(0.3, 0.9) : 0.1;
        UseCarriers(plan);
        UseBoatCrews(plan, 0.5);
        var air = plan.Routes.Exists(r => Array.IndexOf(r.Legs, LegMode.Air) >= 0);
        if (_rng.Chance(air ? 0.7 : 0.3))
        {
            UseVisaShopping(plan, _rng.Uniform(0.3, 0.8), corruptConsul: false);
        }

        if (_rng.Chance(0.08))
        {
            // The odd small group that pays a border guard: whoever pays performs the corruption function.
            plan.BribeRate = _rng.Uniform(0.05, 0.2);
            plan.Officials.Add(_pool.CorruptOfficial(_rng.Pick(plan.Routes[0].Stops), "border_guard", 0.5));
            plan.InHouse = plan.InHouse.With(Function.Corruption);
        }

        plan.Drugs = _rng.Chance(0.05);
        plan.Arms = _rng.Chance(0.01);
        UseCrimePartners(plan);
        plan.FrontBusinesses = _rng.Chance(0.05) ? 1 : 0;
    }

    private void PlanTransnational(GroupPlan plan)
    {
        var span = _draft.SpanMinutes;
        var mix = _rng.NextDouble();
        plan.Smuggling = mix < 0.7;
        plan.Trafficking = mix >= 0.45;
        var smallish = _rng.Chance(_shapes.TransnationalSmallish);

        plan.MemberTarget = smallish ? _rng.Between(7, 15) : _rng.Count(30, 0.45, 15, 120);
        var months = smallish ? _rng.Uniform(8, 20) : Math.Clamp(_rng.LogNormal(40, 0.35), 12, 96);
        if (Maybe(_shapes.TransnationalShortLived))
        {
            months = _rng.Uniform(6, 15);
        }
        var duration = Math.Min((long)(months * Time.Month), span - Time.Day);
        plan.Start = (long)(_rng.NextDouble() * (span - duration));
        plan.End = plan.Start + duration;

        var corridors = new List<Corridor> { PickCorridor(plan.Trafficking && !plan.Smuggling) };
        var wanted = smallish ? 1 : 2 + _rng.PickWeighted([0.45, 0.35, 0.2]);
        for (var attempt = 0; corridors.Count < wanted && attempt < 50; attempt++)
        {
            var candidate = PickCorridor(plan.Trafficking && !plan.Smuggling && _rng.Chance(0.7));
            var related = corridors.Exists(c => c.Stops.Intersect(candidate.Stops).Any());
            if (!corridors.Contains(candidate) && (related || _rng.Chance(0.3)))
            {
                corridors.Add(candidate);
            }
        }

        plan.Ties = _rng.Chance(0.6) ? Geography.Get(corridors[0].Stops[0]).Names : Geography.Get(corridors[0].Stops[1]).Names;
        for (var i = 0; i < corridors.Count; i++)
        {
            var c = corridors[i];
            var legs = c.Legs.Length;
            var length = smallish ? Math.Min(legs, _rng.Between(2, 3)) : _rng.Chance(0.6) ? legs : Math.Max(Math.Min(legs, 2), legs - _rng.Between(1, 2));
            var first = _rng.Chance(0.7) ? 0 : legs - length;
            // The first route runs from the start; later ones open as the group looks for new routes.
            var open = i == 0 ? plan.Start : plan.Start + (long)(_rng.Uniform(0.05, 0.6) * duration);
            var close = _rng.Chance(0.25) ? open + (long)(_rng.Uniform(0.4, 0.9) * (plan.End - open)) : plan.End;
            var route = AddRoute(plan, c, first, length, open, close);
            if (!smallish && _rng.Chance(0.4))
            {
                // A new port of entry or destination beyond the usual end of the route.
                var beyond = Array.FindAll(Geography.Countries, k => k.Destination && Array.IndexOf(route.Stops, k.Code) < 0);
                var extra = _rng.Pick(beyond);
                var stops = route.Stops.Append(extra.Code).ToArray();
                var modes = route.Legs.Append(extra.Code == "GB" ? LegMode.Sea : LegMode.Land).ToArray();
                var opens = open + (long)(_rng.Uniform(0.2, 0.8) * (plan.End - open));
                AddRoute(plan, new Corridor(stops, modes, c.Fee * 1.3m, c.FeeCurrency, c.Trafficking, c.Exploitation), 0, modes.Length, opens, plan.End, c);
            }
        }

        if (_rng.Chance(0.3))
        {
            AddCountry(plan, _rng.Pick(_financeHubs));
        }

        // Victims are fewer than migrants: each is exploited for months, not moved once.
        var smuggled = plan.Smuggling ? _rng.LogNormal(14, 0.6) * (smallish ? 0.5 : 1.0) : 0;
        var victims = plan.Trafficking ? _rng.LogNormal(3, 0.6) * (smallish ? 0.5 : 1.0) : 0;
        plan.People = Math.Clamp((smuggled + victims) * months, 20, 6000);
        plan.VictimShare = victims / (smuggled + victims);
        plan.FeeFactor = _rng.Uniform(0.9, 1.6);

        var inHouse = FunctionSet.Of(Function.Financing);
        if (_rng.Chance(smallish ? 0.35 : 0.7))
        {
            inHouse = inHouse.With(Function.DocumentForgery);
        }

        if (_rng.Chance(smallish ? 0.4 : 0.75))
        {
            inHouse = inHouse.With(Function.MoneyLaundering);
        }

        if (_rng.Chance(plan.Trafficking ? (smallish ? 0.6 : 0.85) : (smallish ? 0.1 : 0.3)))
        {
            inHouse = inHouse.With(Function.DebtCollection);
        }

        if (_rng.Chance(smallish ? 0.5 : 0.8))
        {
            inHouse = inHouse.With(Function.Protection);
        }

        if (_rng.Chance(smallish ? 0.2 : 0.5))
        {
            inHouse = inHouse.With(Function.Intelligence);
        }

        if (plan.Trafficking)
        {
            inHouse = inHouse.With(Function.Exploitation);
        }

        plan.DocumentRate = _rng.Uniform(0.3, 0.8);
        if (!inHouse.Contains(Function.DocumentForgery) || _rng.Chance(0.25))
        {
            plan.Forgers.Add(_pool.PickNear(_pool.Forgers, plan.Countries));
        }

        if (!inHouse.Contains(Function.MoneyLaundering) || _rng.Chance(0.3))
        {
            plan.Launderers.Add(_pool.PickNear(_pool.Launderers, plan.Countries));
            if (_rng.Chance(0.3))
            {
                AddDistinct(plan.Launderers, _pool.PickNear(_pool.Launderers, plan.Countries));
            }
        }

        UseHawala(plan, 0.6);
        plan.CommercialRate = _rng.Chance(0.5) ? _rng.Uniform(0.1, 0.5) : 0;
        UseCarriers(plan);
        UseBoatCrews(plan, 0.2);
        if (_rng.Chance(0.3))
        {
            UseVisaShopping(plan, _rng.Uniform(0.1, 0.4), corruptConsul: _rng.Chance(0.5));
        }

        // One in five transnational groups keeps few upperworld links: few officials, no fronts.
        var discreet = _rng.Chance(_shapes.TransnationalDiscreet);
        var officials = discreet ? _rng.Between(0, 1) : _rng.Count(3, 0.5, 2, 10);
        for (var i = 0; i < officials; i++)
        {
            var route = _rng.Pick(plan.Routes);
            var roll = _rng.NextDouble();
            var (country, role) = roll < 0.5
                ? (route.Stops[_rng.Next(route.Stops.Length - 1) + 1], "border_guard")
                : roll < 0.75 && plan.Trafficking ? (route.Destination, "police_officer")
                : roll < 0.9 ? (route.Stops[_rng.Next(route.Stops.Length)], "customs_officer")
                : (route.Stops[_rng.Next(Math.Max(1, route.Stops.Length - 1))], "police_officer");
            AddDistinct(plan.Officials, _pool.CorruptOfficial(country, role, 0.4));
        }

        if (plan.Officials.Count > 0)
        {
            inHouse = inHouse.With(Function.Corruption);
            plan.BribeRate = _rng.Uniform(0.2, 0.7);
        }

        plan.InHouse = inHouse;
        plan.FrontBusinesses = discreet || _rng.Chance(0.15) ? 0 : _rng.Count(2, 0.5, 1, 5);
        plan.Drugs = _rng.Chance(0.55);
        plan.Arms = _rng.Chance(0.25);
        UseCrimePartners(plan);
    }

    private Corridor PickCorridor(bool trafficking)
    {
        var candidates = trafficking ? Array.FindAll(Geography.Corridors, c => c.Trafficking) : Geography.Corridors;
        return _rng.Pick(candidates);
    }

    private RoutePlan AddRoute(GroupPlan plan, Corridor corridor, int first, int legs, long open, long close, Corridor? origin = null)
    {
        var stops = corridor.Stops.AsSpan(first, legs + 1).ToArray();
        var modes = corridor.Legs.AsSpan(first, legs).ToArray();
        // Fees grow less than linearly with the stretch covered: the first and the sea legs cost most.
        var share = Math.Pow((double)legs / corridor.Legs.Length, 0.7);
        var owner = origin ?? corridor;
        var fee = corridor.Fee * (decimal)share;
        var route = new RoutePlan(owner, stops, modes, fee, _draft.Route(stops))
        {
            Open = open,
            Close = Math.Max(close, open + Time.Month),
        };
        plan.Routes.Add(route);
        foreach (var stop in stops)
        {
            AddCountry(plan, stop);
        }

        return route;
    }

    private static void AddCountry(GroupPlan plan, string code)
    {
        if (!plan.Countries.Contains(code))
        {
            plan.Countries.Add(code);
        }
    }

    private static void AddDistinct(List<int> list, int item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    private void UseHawala(GroupPlan plan, double probability)
    {
        var route = plan.Routes[0];
        if (route.Corridor.FeeCurrency == "USD" && Array.Exists(route.Corridor.People, p => Array.IndexOf(_sourceRegions, p) >= 0) && _rng.Chance(probability))
        {
            plan.HawalaRate = _rng.Uniform(0.3, 0.9);
            plan.Hawaladars.Add(_pool.PickNear(_pool.Hawaladars, plan.Countries));
        }
    }

    private void UseCarriers(GroupPlan plan)
    {
        if (plan.CommercialRate <= 0)
        {
            return;
        }

        foreach (var route in plan.Routes)
        {
            for (var leg = 0; leg < route.Legs.Length; leg++)
            {
                if (route.Legs[leg] != LegMode.Air)
                {
                    AddDistinct(plan.Carriers, _pool.Carrier(route.Stops[leg], route.Legs[leg]));
                }
            }
        }
    }

    private void UseBoatCrews(GroupPlan plan, double probability)
    {
        var sea = plan.Routes.Exists(r => Array.IndexOf(r.Legs, LegMode.Sea) >= 0);
        if (sea && _rng.Chance(probability))
        {
            plan.BoatCrews.Add(_pool.PickNear(_pool.BoatCrews, plan.Countries));
        }
    }

    private void UseVisaShopping(GroupPlan plan, double rate, bool corruptConsul)
    {
        // Visa shopping: applications at the consulates of several destination states in the departure country.
        var host = plan.Routes[0].Stops[0];
        var final = plan.Routes[0].Destination;
        var destinations = final is "US" or "MY"
            ? [Geography.Get(final)]
            : Array.FindAll(Geography.Countries, c => c.Destination && c.Code is not ("US" or "MY") && c.Code != host);
        foreach (var destination in _rng.Sample(destinations, _rng.Between(2, 4)))
        {
            plan.Consulates.Add(_pool.Consulate(host, destination.Code));
        }

        plan.TravelAgencies.Add(_pool.TravelAgency(host));
        plan.VisaShoppingRate = rate;
        if (corruptConsul)
        {
            AddDistinct(plan.Officials, _pool.CorruptOfficial(host, "consular_officer", 0.4));
        }
    }

    private void UseCrimePartners(GroupPlan plan)
    {
        if (plan.Drugs)
        {
            plan.DrugPartners.Add(_pool.PickNear(_pool.DrugPartners, plan.Countries));
        }

        if (plan.Arms)
        {
            plan.ArmsDealers.Add(_pool.PickNear(_pool.ArmsDealers, plan.Countries));
        }
    }

    /// <summary>
    /// Independent forgers, launderers and hawala shops serve several groups (DOMAIN.md §1): every one used
    /// by a single group gets a second client, preferring a small group (the ones that buy these services).
    /// </summary>
    private void ShareSpecialists(List<GroupPlan> plans)
    {
        if (plans.Count < 2)
        {
            return;
        }

        Share(plans, _pool.Forgers, p => p.Forgers);
        Share(plans, _pool.Launderers, p => p.Launderers);
        Share(plans, _pool.Hawaladars, p => p.Hawaladars);
    }

    private void Share(List<GroupPlan> plans, List<int> specialists, Func<GroupPlan, List<int>> listOf)
    {
        foreach (var specialist in specialists)
        {
            var clients = plans.Count(p => listOf(p).Contains(specialist));
            if (clients != 1)
            {
                continue;
            }

            var candidates = plans.FindAll(p => !listOf(p).Contains(specialist));
            var small = candidates.FindAll(p => p.Type == GroupType.SmallEnterprise);
            var chosen = _rng.Pick(small.Count > 0 && _rng.Chance(0.8) ? small : candidates);
            listOf(chosen).Add(specialist);
        }
    }

    /// <summary>Some groups work together: a small group takes over a leg for a large one, or two large groups cooperate.</summary>
    private void LinkGroups(List<GroupPlan> plans)
    {
        if (plans.Count < 2)
        {
            return;
        }

        var transnational = plans.FindAll(p => p.Type == GroupType.Transnational);
        foreach (var plan in plans)
        {
            var probability = plan.Type == GroupType.SmallEnterprise ? 0.2 : 0.08;
            if (!_rng.Chance(probability))
            {
                continue;
            }

            var pool = transnational.Count > 0 && _rng.Chance(0.8) ? transnational : plans;
            var partner = _rng.Pick(pool);
            if (partner != plan)
            {
                plan.Partner = partner.Index;
                // A person in both groups: a small group's member working for a large one, or two large groups' go-between.
                plan.SharesMember = (plan.Type == GroupType.SmallEnterprise || partner.Type == GroupType.Transnational) && _rng.Chance(0.3);
            }
        }
    }
}
