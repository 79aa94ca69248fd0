using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic;

/// <summary>
/// What keeps a group running between trips: calls, wages and remittances up the hierarchy, laundering
/// of the proceeds, retainers for officials, drug and arms deals, front businesses and the links to other
/// groups.
/// </summary>
internal sealed partial class GroupActivity
{
    private void DrawCommunication()
    {
        var persons = Roster.Persons;
        if (persons.Count < 2)
        {
            return;
        }

        if (Small)
        {
            // Everyone talks to everyone, mostly around the bursts of activity.
            foreach (var (from, to) in _plan.Bursts)
            {
                for (var week = from; week < to; week += Time.Week)
                {
                    for (var k = _rng.Poisson(persons.Count * 1.2 * _scale); k > 0; k--)
                    {
                        Call(Between(week, week + Time.Week), _rng.Pick(persons), _rng.Pick(persons));
                    }
                }
            }

            for (var month = _plan.Start; month < _plan.End; month += Time.Month)
            {
                for (var k = _rng.Poisson(persons.Count * 0.5 * _scale); k > 0; k--)
                {
                    Call(Between(month, month + Time.Month), _rng.Pick(persons), _rng.Pick(persons));
                }
            }

            return;
        }

        // A hierarchy: most calls stay in a cell; cell leaders report to the coordinators.
        var cells = Roster.Cells.FindAll(c => c.Members.Count > 1);
        for (var week = _plan.Start; week < _plan.End; week += Time.Week)
        {
            for (var k = _rng.Poisson(persons.Count * 0.4 * _scale); k > 0; k--)
            {
                var when = Between(week, week + Time.Week);
                var roll = _rng.NextDouble();
                if (roll < 0.5 && cells.Count > 0)
                {
                    var cell = _rng.Pick(cells);
                    Call(when, _rng.Pick(cell.Members), _rng.Pick(cell.Members));
                }
                else if (roll < 0.8 && Roster.Cells.Count > 0)
                {
                    var leader = _rng.Pick(Roster.Cells).Leader;
                    var top = _rng.Pick(Roster.Coordinators);
                    if (_rng.Chance(0.6))
                    {
                        Call(when, leader, top);
                    }
                    else
                    {
                        Call(when, top, leader);
                    }
                }
                else if (roll < 0.9 && Roster.Coordinators.Count > 1)
                {
                    Call(when, _rng.Pick(Roster.Coordinators), _rng.Pick(Roster.Coordinators));
                }
                else
                {
                    Call(when, _rng.Pick(persons), _rng.Pick(persons));
                }
            }
        }
    }

    private void Call(long minute, int from, int to)
    {
        if (from != to)
        {
            Add(minute, from, to, TransactionKind.Communication, country: _rng.Chance(0.6) ? _draft.Agents[from].Country : null);
        }
    }

    private void DrawInternalPayments()
    {
        if (Small)
        {
            return;
        }

        var top = Roster.Coordinators;
        var financier = top.FindIndex(c => _draft.Agents[c].Functions.Contains(Function.Financing)) is var f && f >= 0 ? top[f] : -1;
        if (financier >= 0 && financier != Roster.Leader)
        {
            Pay(_plan.Start + Time.Days(_rng, 0, 10), financier, Roster.Leader, TransactionKind.Payment, Money.Euros(_rng, 80000, 0.6));
        }

        var earners = Roster.Cells.FindAll(c => c.Main is Function.Recruitment or Function.Exploitation or Function.DebtCollection);
        for (var month = _plan.Start; month < _plan.End; month += Time.Month)
        {
            foreach (var cell in Roster.Cells)
            {
                if (_rng.Chance(0.7))
                {
                    Pay(Between(month, month + Time.Month), _rng.Pick(top), cell.Leader, TransactionKind.Payment, Money.Euros(_rng, 1500, 0.5) * cell.Members.Count);
                }

                for (var i = 1; i < cell.Members.Count; i++)
                {
                    if (_rng.Chance(0.5))
                    {
                        Pay(Between(month, month + Time.Month), cell.Leader, cell.Members[i], TransactionKind.Payment, Money.Euros(_rng, 700, 0.4));
                    }
                }
            }

            var takings = RevenueBetween(month, month);
            if (takings > 1000 && earners.Count > 0)
            {
                foreach (var cell in earners)
                {
                    if (_rng.Chance(0.8))
                    {
                        Pay(Between(month, month + Time.Month), cell.Leader, Roster.Leader, TransactionKind.Payment, takings * (decimal)_rng.Uniform(0.4, 0.7) / earners.Count);
                    }
                }
            }

            if (financier >= 0 && financier != Roster.Leader && _rng.Chance(0.1))
            {
                Pay(Between(month, month + Time.Month), financier, Roster.Leader, TransactionKind.Payment, Money.Euros(_rng, 30000, 0.6));
            }
        }
    }

    /// <summary>
    /// In-house launderers move the proceeds through front businesses; outside launderers (the only kind
    /// small groups use) take the cash and return it clean minus a commission.
    /// </summary>
    private void DrawLaundering()
    {
        var boss = Roster.Leader;
        var inHouse = Roster.Pick(_rng, Function.MoneyLaundering);
        if (inHouse >= 0)
        {
            var sinks = Roster.Fronts.FindAll(f => _draft.Agents[f].Functions.Contains(Function.MoneyLaundering));
            var step = Small ? 2 * Time.Month : Time.Month;
            for (var month = _plan.Start; month < _plan.End; month += step)
            {
                var takings = RevenueBetween(month, month + step - 1);
                if (takings < 2000 || !_rng.Chance(0.7))
                {
                    continue;
                }

                var launderer = Roster.Pick(_rng, Function.MoneyLaundering);
                var when = Between(month, month + step);
                var amount = takings * (decimal)_rng.Uniform(0.3, 0.6);
                Pay(when, boss, launderer, TransactionKind.Laundering, amount, 0.5);
                var onward = when + Time.Days(_rng, 1, 10);
                if (sinks.Count > 0)
                {
                    var sink = _rng.Pick(sinks);
                    Pay(onward, launderer, sink, TransactionKind.Laundering, amount * 0.95m, 0.7);
                    if (_rng.Chance(0.4))
                    {
                        Pay(onward + Time.Days(_rng, 5, 30), sink, boss, TransactionKind.Payment, amount * (decimal)_rng.Uniform(0.2, 0.5), 0.9);
                    }
                }
                else if (_plan.Hawaladars.Count > 0 && _rng.Chance(0.5))
                {
                    Pay(onward, launderer, _rng.Pick(_plan.Hawaladars), TransactionKind.Laundering, amount * 0.95m, 0.3);
                }
                else
                {
                    Pay(onward, launderer, boss, TransactionKind.Payment, amount * 0.9m, 0.5);
                }
            }
        }

        foreach (var outside in _plan.Launderers)
        {
            var transfers = Small ? _rng.Between(1, 3) : Math.Max(1, (int)((_plan.End - _plan.Start) / (3 * Time.Month) * 0.6));
            for (var i = 0; i < transfers; i++)
            {
                var when = Between(_plan.Start + (_plan.End - _plan.Start) / 4, _plan.End + Time.Month);
                var takings = RevenueBetween(when - 3 * Time.Month, when);
                var amount = Math.Max(takings * (decimal)_rng.Uniform(0.3, 0.6), Money.Euros(_rng, 8000, 0.5));
                var payer = Small ? boss : Roster.PickOr(_rng, Function.Financing, boss);
                Pay(when, payer, outside, TransactionKind.Laundering, amount, 0.4);
                Pay(when + Time.Days(_rng, 5, 20), outside, payer, TransactionKind.Payment, amount * (decimal)_rng.Uniform(0.85, 0.92), 0.4);
            }
        }
    }

    /// <summary>Retainers for the officials who protect the group; tip-offs from them to its intelligence gatherers.</summary>
    private void DrawCorruption()
    {
        if (_plan.Officials.Count == 0)
        {
            return;
        }

        var spy = Roster.Pick(_rng, Function.Intelligence);
        foreach (var official in _plan.Officials)
        {
            var role = _draft.Agents[official].Role;
            var country = _draft.Agents[official].Country;
            var police = role == "police_officer";
            var step = police && _plan.Trafficking ? Time.Month : 3 * Time.Month;
            for (var t = _plan.Start + Time.Days(_rng, 0, 30); t < _plan.End; t += step + Time.Days(_rng, -3, 3))
            {
                if (_rng.Chance(Small ? 0.2 : 0.5))
                {
                    var briber = police && _plan.Trafficking
                        ? Roster.PickOr(_rng, Function.Exploitation, Roster.Leader, country)
                        : Roster.PickOr(_rng, Function.Corruption, Roster.Leader, country);
                    Pay(t, briber, official, TransactionKind.Bribe, Money.Euros(_rng, police ? 1000 : 2000, 0.5));
                }

                if (spy >= 0 && _rng.Chance(0.4))
                {
                    Add(t + Time.Days(_rng, 0, 20), official, spy, TransactionKind.Communication);
                }
            }
        }

        if (spy >= 0)
        {
            for (var t = _plan.Start; t < _plan.End; t += 2 * Time.Week)
            {
                if (_rng.Chance(0.6))
                {
                    Call(t + Time.Days(_rng, 0, 14), Roster.Pick(_rng, Function.Intelligence), _rng.Pick(Roster.Coordinators));
                }
            }
        }
    }

    /// <summary>Poly-crime (DOMAIN.md §4): drug consignments and arms deals alongside the people business.</summary>
    private void DrawOtherCrime()
    {
        foreach (var partner in _plan.DrugPartners)
        {
            var deals = Small ? _rng.Between(1, 4) : Math.Max(1, (int)((_plan.End - _plan.Start) / Time.Month * 0.35));
            for (var i = 0; i < deals; i++)
            {
                var when = Between(_plan.Start, _plan.End);
                var buyer = _rng.Chance(0.5) ? Roster.Leader : Roster.PickOr(_rng, Function.Transport, Roster.Leader);
                var value = Money.Euros(_rng, Small ? 15000 : 60000, 0.8);
                var currency = _rng.Chance(0.7) ? "EUR" : "USD";
                Add(when, partner, buyer, TransactionKind.Drugs, Money.Round(_rng, value, currency), currency, _rng.Chance(0.5) ? _draft.Agents[partner].Country : _draft.Agents[buyer].Country);
                Pay(when + Time.Days(_rng, 2, 20), buyer, partner, TransactionKind.Payment, value * (decimal)_rng.Uniform(0.8, 1.0), 0.2);
                if (!Small && _rng.Chance(0.5))
                {
                    // Passed down to a cell for distribution.
                    Add(when + Time.Days(_rng, 1, 7), buyer, RandomMember(), TransactionKind.Drugs, country: _draft.Agents[buyer].Country);
                }
            }
        }

        foreach (var dealer in _plan.ArmsDealers)
        {
            var deals = _rng.Between(1, Small ? 2 : Math.Max(2, (int)((_plan.End - _plan.Start) / (6 * Time.Month))));
            for (var i = 0; i < deals; i++)
            {
                var when = Between(_plan.Start, _plan.End);
                var buyer = Roster.PickOr(_rng, Function.Protection, Roster.Leader);
                var value = Money.Euros(_rng, 15000, 0.7);
                Add(when, dealer, buyer, TransactionKind.Arms, Money.Round(_rng, value, "EUR"), "EUR", _draft.Agents[dealer].Country);
                Pay(when + Time.Days(_rng, 0, 10), buyer, dealer, TransactionKind.Payment, value, 0.3);
            }
        }
    }

    /// <summary>The group funds its front businesses; fronts not yet used for anything else at least carry investments and wages.</summary>
    private void DrawFrontOperations()
    {
        foreach (var front in Roster.Fronts)
        {
            Pay(_plan.Start + Time.Days(_rng, 0, 60), Roster.Leader, front, TransactionKind.Payment, Money.Euros(_rng, 25000, 0.7), 0.5);
            var travel = _draft.Agents[front].Sector == BusinessSector.TravelAgency;
            for (var t = _plan.Start + Time.Month; t < _plan.End; t += 3 * Time.Month)
            {
                if (_rng.Chance(0.5))
                {
                    Pay(Between(t, t + 3 * Time.Month), front, RandomMember(), TransactionKind.Payment, Money.Euros(_rng, 1800, 0.4), 0.9);
                }

                if (travel && _rng.Chance(0.5))
                {
                    Add(Between(t, t + 3 * Time.Month), front, RandomMember(), TransactionKind.Documents, country: _draft.Agents[front].Country, persons: _rng.Between(1, 6));
                }
            }
        }
    }

    /// <summary>Work for or with another group: calls and payments between contacts, sometimes through a person in both.</summary>
    private void DrawPartnerLink(GroupActivity partner)
    {
        var from = Math.Max(_plan.Start, partner.Plan.Start);
        var to = Math.Min(_plan.End, partner.Plan.End);
        if (to <= from)
        {
            (from, to) = (_plan.Start, _plan.End);
        }

        var mine = Small ? Roster.Leader : Roster.PickOr(_rng, Function.Transport, Roster.Leader);
        var theirs = partner.Roster.PickOr(_rng, Function.Transport, partner.Roster.Leader);
        if (_plan.SharesMember)
        {
            var shared = _draft.Agents[mine];
            if (!shared.Groups.Contains(partner.Plan.Index))
            {
                shared.Groups.Add(partner.Plan.Index);
            }

            theirs = partner.Roster.Leader;
        }

        for (var k = _rng.Between(3, 12); k > 0; k--)
        {
            Call(Between(from, to), _rng.Chance(0.5) ? mine : theirs, _rng.Chance(0.5) ? mine : theirs);
        }

        for (var k = _rng.Between(2, 8); k > 0; k--)
        {
            Pay(Between(from, to), theirs, mine, TransactionKind.Payment, Money.Euros(_rng, 5000, 0.6));
        }
    }

    /// <summary>Every outside specialist a group is listed with serves it at least once.</summary>
    private void EnsureSpecialistsUsed()
    {
        foreach (var forger in _plan.Forgers)
        {
            if (!_usedOutside.Contains(forger))
            {
                var when = Between(_plan.Start, _plan.End);
                var buyer = Roster.PickOr(_rng, Function.Transport, Roster.Leader);
                var persons = _rng.Between(1, 5);
                Pay(when, buyer, forger, TransactionKind.Payment, persons * Money.Euros(_rng, 700, 0.5), 0.4, persons: persons);
                Add(when + Time.Days(_rng, 2, 6), forger, buyer, TransactionKind.Documents, country: _draft.Agents[forger].Country, persons: persons);
            }
        }

        foreach (var outside in _plan.Launderers.Concat(_plan.Hawaladars))
        {
            if (!_usedOutside.Contains(outside))
            {
                Pay(Between(_plan.Start, _plan.End), Roster.Leader, outside, TransactionKind.Laundering, Money.Euros(_rng, 10000, 0.6), 0.4);
            }
        }
    }
}
