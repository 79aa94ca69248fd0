using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic;

/// <summary>
/// The members of one group and who does what. A small group is one cell whose few members each do
/// several functions (DOMAIN.md §1: "the same person recruits, transports and guards"); a transnational
/// group has coordinators at the top and specialised cells in the countries of its routes below them.
/// </summary>
internal sealed class GroupRoster
{
    private readonly CaseDraft _draft;
    private readonly List<int>[] _byFunction = new List<int>[DomainFunctionCount];

    private const int DomainFunctionCount = 12;

    private GroupRoster(CaseDraft draft)
    {
        _draft = draft;
        for (var f = 0; f < _byFunction.Length; f++)
        {
            _byFunction[f] = [];
        }
    }

    public List<int> Members { get; } = [];

    /// <summary>The members who are persons (not front businesses).</summary>
    public List<int> Persons { get; } = [];

    /// <summary>The top of the hierarchy; the first is the leader.</summary>
    public List<int> Coordinators { get; } = [];

    public List<Cell> Cells { get; } = [];

    /// <summary>Front businesses owned or controlled by the group.</summary>
    public List<int> Fronts { get; } = [];

    public int Leader => Coordinators[0];

    public static GroupRoster Draw(CaseDraft draft, GroupPlan plan, Rng rng)
    {
        var roster = new GroupRoster(draft);
        if (plan.Type == GroupType.SmallEnterprise)
        {
            roster.DrawSmall(plan, rng);
        }
        else
        {
            roster.DrawTransnational(plan, rng);
        }

        roster.DrawFronts(plan, rng);
        plan.Members.AddRange(roster.Members);
        return roster;
    }

    /// <summary>A member performing <paramref name="function"/>, preferably in <paramref name="country"/>; −1 when none.</summary>
    public int Pick(Rng rng, Function function, string? country = null)
    {
        var list = _byFunction[(int)function];
        if (list.Count == 0)
        {
            return -1;
        }

        if (country is not null && rng.Chance(0.85))
        {
            var start = rng.Next(list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                var candidate = list[(start + i) % list.Count];
                if (string.Equals(_draft.Agents[candidate].Country, country, StringComparison.Ordinal))
                {
                    return candidate;
                }
            }
        }

        return rng.Pick(list);
    }

    /// <summary>A member performing <paramref name="function"/>, or <paramref name="fallback"/> when none does.</summary>
    public int PickOr(Rng rng, Function function, int fallback, string? country = null)
    {
        var member = Pick(rng, function, country);
        return member >= 0 ? member : fallback;
    }

    public bool Has(Function function) => _byFunction[(int)function].Count > 0;

    /// <summary>A front business whose sector is one of <paramref name="sectors"/>, or −1.</summary>
    public int Front(Rng rng, params BusinessSector[] sectors)
    {
        var matches = Fronts.FindAll(f => Array.IndexOf(sectors, _draft.Agents[f].Sector!.Value) >= 0);
        return matches.Count == 0 ? -1 : rng.Pick(matches);
    }

    private void DrawSmall(GroupPlan plan, Rng rng)
    {
        var core = FunctionSet.Empty;
        if (plan.Smuggling)
        {
            core = rng.Chance(0.9) ? core.With(Function.Transport) : core.With(Function.Recruitment);
            if (rng.Chance(0.6))
            {
                core = core.With(Function.Recruitment);
            }

            if (rng.Chance(0.25))
            {
                core = core.With(Function.Harbouring);
            }
        }

        if (plan.Trafficking)
        {
            core = core.With(Function.Recruitment).With(Function.Transport);
        }

        var all = core.Union(plan.InHouse);
        var home = plan.Routes[0].Stops[0];
        var cell = new Cell(core.Contains(Function.Transport) ? Function.Transport : Function.Recruitment, home);
        Cells.Add(cell);
        var leaderFunctions = FunctionSet.Of(Function.Coordination).Union(Some(rng, core, rng.Between(1, 2)));
        if (rng.Chance(0.3))
        {
            leaderFunctions = leaderFunctions.With(Function.Financing);
        }

        var leaderCountry = rng.Chance(0.8) ? home : rng.Pick(plan.Countries);
        var leader = AddMember(plan, rng, leaderFunctions, leaderCountry, cell);
        Coordinators.Add(leader);
        for (var i = 1; i < plan.MemberTarget; i++)
        {
            var functions = Some(rng, all, rng.Between(1, 3));
            if (rng.Chance(0.2))
            {
                functions = functions.With(Function.Protection);
            }

            AddMember(plan, rng, functions, rng.Pick(plan.Countries), cell);
        }

        // Every function the group performs has someone doing it.
        foreach (var f in all)
        {
            if (!Has(f))
            {
                var member = Members.Count > 1 ? Members[1 + rng.Next(Members.Count - 1)] : leader;
                Grant(member, f);
            }
        }
    }

    private void DrawTransnational(GroupPlan plan, Rng rng)
    {
        var primary = new List<Cell>();
        var ancillary = new List<Cell>();
        var secondary = new List<Cell>();
        foreach (var route in plan.Routes)
        {
            var list = primary.Count == 0 ? primary : secondary;
            AddCell(list, Function.Recruitment, route.Origin, primary, secondary);
            for (var leg = 0; leg < route.Legs.Length; leg += 2)
            {
                AddCell(list, Function.Transport, route.Stops[leg], primary, secondary);
            }

            if (route.Stops.Length > 2)
            {
                AddCell(secondary, Function.Harbouring, route.Stops[route.Stops.Length / 2], primary, secondary);
            }

            if (plan.Trafficking)
            {
                AddCell(primary, Function.Exploitation, route.Destination, primary, secondary);
            }
        }

        var destinations = plan.Routes.ConvertAll(r => r.Destination);
        var transit = plan.Countries.FindAll(c => !destinations.Contains(c));
        if (transit.Count == 0)
        {
            transit = plan.Countries;
        }

        foreach (var f in plan.InHouse)
        {
            var country = f switch
            {
                Function.DocumentForgery or Function.Intelligence => rng.Pick(transit),
                Function.MoneyLaundering => rng.Pick(plan.Countries.FindAll(c => c is "AE" or "NL" or "GB" or "TR" or "CN") is { Count: > 0 } hubs ? hubs : destinations),
                Function.DebtCollection or Function.Protection => rng.Pick(destinations),
                Function.Corruption => rng.Pick(plan.Countries),
                _ => null,
            };
            if (country is not null)
            {
                AddCell(ancillary, f, country, primary, secondary);
            }
        }

        var coordinators = rng.PickWeighted([0.4, 0.4, 0.2]) + 1;
        var available = Math.Max(1, plan.MemberTarget - coordinators);
        var cells = primary.Concat(ancillary).Concat(secondary).Take(available).ToList();
        var hq = rng.Chance(0.5) ? plan.Routes[0].Origin : rng.Pick(plan.Countries);
        for (var i = 0; i < coordinators; i++)
        {
            var functions = FunctionSet.Of(Function.Coordination);
            if (i == 0 && rng.Chance(0.7) || i == 1)
            {
                functions = functions.With(Function.Financing);
            }

            if (i > 0 && plan.InHouse.Contains(Function.Corruption) && rng.Chance(0.3))
            {
                functions = functions.With(Function.Corruption);
            }

            Coordinators.Add(AddMember(plan, rng, functions, i == 0 || rng.Chance(0.5) ? hq : rng.Pick(plan.Countries), null));
        }

        // Each cell gets a leader; the rest go where the work is (transport and exploitation cells are larger).
        var sizes = new int[cells.Count];
        Array.Fill(sizes, 1);
        var weights = cells.ConvertAll(c => c.Main is Function.Transport or Function.Exploitation ? 3.0 : c.Main == Function.Recruitment ? 2.0 : 1.0).ToArray();
        for (var extra = available - cells.Count; extra > 0; extra--)
        {
            sizes[rng.PickWeighted(weights)]++;
        }

        for (var c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            Cells.Add(cell);
            for (var i = 0; i < sizes[c]; i++)
            {
                var functions = FunctionSet.Of(cell.Main);
                if (rng.Chance(0.25) && Companion(cell.Main, rng) is { } second)
                {
                    functions = functions.With(second);
                }

                var country = rng.Chance(0.85) ? cell.Country : rng.Pick(plan.Countries);
                AddMember(plan, rng, functions, country, cell);
            }
        }
    }

    private static void AddCell(List<Cell> list, Function main, string country, List<Cell> primary, List<Cell> secondary)
    {
        if (primary.Exists(c => c.Main == main && c.Country == country) || secondary.Exists(c => c.Main == main && c.Country == country))
        {
            return;
        }

        list.Add(new Cell(main, country));
    }

    // The second function a specialist often has: transporters guard, recruiters harbour, exploiters collect debts.
    private static Function? Companion(Function main, Rng rng) => main switch
    {
        Function.Transport => Function.Protection,
        Function.Recruitment => rng.Chance(0.5) ? Function.Harbouring : Function.Transport,
        Function.Exploitation => rng.Chance(0.5) ? Function.DebtCollection : Function.Protection,
        Function.MoneyLaundering => Function.Financing,
        Function.DebtCollection => Function.Protection,
        Function.Protection => Function.DebtCollection,
        Function.Intelligence => Function.Corruption,
        Function.Corruption => Function.Intelligence,
        Function.Harbouring => Function.Transport,
        _ => null,
    };

    private void DrawFronts(GroupPlan plan, Rng rng)
    {
        if (plan.FrontBusinesses == 0)
        {
            return;
        }

        var sectors = new List<BusinessSector>();
        if (plan.Smuggling)
        {
            sectors.Add(BusinessSector.Transport);
            sectors.Add(BusinessSector.TravelAgency);
        }

        if (plan.Trafficking)
        {
            var form = plan.Routes[0].Corridor.Exploitation;
            sectors.AddRange(form switch
            {
                ExploitationForm.Sexual => [BusinessSector.Massage, BusinessSector.Hotel, BusinessSector.NailSalon],
                ExploitationForm.Domestic => [BusinessSector.Recruitment, BusinessSector.Hotel],
                _ => [BusinessSector.Agriculture, BusinessSector.Construction, BusinessSector.CarWash, BusinessSector.NailSalon, BusinessSector.Restaurant],
            });
        }

        sectors.Add(BusinessSector.Restaurant);
        sectors.Add(BusinessSector.RealEstate);
        sectors.Add(BusinessSector.MoneyTransfer);
        var destinations = plan.Routes.ConvertAll(r => r.Destination);
        foreach (var sector in rng.Sample(sectors, plan.FrontBusinesses))
        {
            var country = Geography.Get(sector is BusinessSector.Transport or BusinessSector.TravelAgency ? rng.Pick(plan.Countries) : rng.Pick(destinations));
            var functions = sector switch
            {
                BusinessSector.Transport => FunctionSet.Of(Function.Transport),
                BusinessSector.Recruitment => FunctionSet.Of(Function.Recruitment),
                BusinessSector.MoneyTransfer or BusinessSector.RealEstate or BusinessSector.Restaurant => FunctionSet.Of(Function.MoneyLaundering),
                BusinessSector.TravelAgency => FunctionSet.Empty,
                _ => FunctionSet.Of(Function.Exploitation),
            };
            var front = new AgentDraft(AgentKind.Business, NameBook.Business(rng, sector, country), country.Code)
            {
                Sector = sector,
                Functions = functions,
            };
            var index = _draft.AddAgent(front);
            Fronts.Add(index);
            // Case files often list a front company with the group it serves, but not always.
            if (rng.Chance(0.5))
            {
                front.Groups.Add(plan.Index);
                Members.Add(index);
            }
        }
    }

    private int AddMember(GroupPlan plan, Rng rng, FunctionSet functions, string country, Cell? cell)
    {
        var region = rng.Chance(plan.Type == GroupType.SmallEnterprise ? 0.8 : 0.6) ? plan.Ties : Geography.Get(country).Names;
        var agent = new AgentDraft(AgentKind.Person, NameBook.Person(rng, region), country);
        agent.Groups.Add(plan.Index);
        var index = _draft.AddAgent(agent);
        Members.Add(index);
        Persons.Add(index);
        cell?.Members.Add(index);
        foreach (var f in functions)
        {
            Grant(index, f);
        }

        return index;
    }

    private void Grant(int member, Function function)
    {
        var agent = _draft.Agents[member];
        if (!agent.Functions.Contains(function))
        {
            agent.Functions = agent.Functions.With(function);
            _byFunction[(int)function].Add(member);
        }
    }

    private static FunctionSet Some(Rng rng, FunctionSet from, int count)
    {
        var items = from.ToArray();
        rng.Shuffle(items.AsSpan());
        return FunctionSet.Of(items.AsSpan(0, Math.Min(count, items.Length)).ToArray());
    }
}
