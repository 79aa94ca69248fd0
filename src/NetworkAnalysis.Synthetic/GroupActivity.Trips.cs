using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic;

/// <summary>The trips: recruitment, fees, documents, transport legs, bribes at crossings (DOMAIN.md §2, §5).</summary>
internal sealed partial class GroupActivity
{
    private void DrawTrips()
    {
        var total = Math.Max(1, _rng.Round(_plan.People * _scale));
        var moved = 0;
        while (moved < total)
        {
            var start = NextTripTime();
            var route = PickRoute(start);
            var victims = _plan.Trafficking && _rng.Chance(_plan.VictimShare);
            var size = victims ? _rng.Count(2.5, 0.5, 1, 8) : BatchSize(route.Legs[0]);
            size = Math.Min(size, total - moved);
            moved += size;
            var legs = LegTimes(route, start);
            // A few trips are stopped on the way; for the people on them the relation ends there too.
            var done = _rng.Chance(0.06) ? _rng.Between(1, route.Legs.Length) : route.Legs.Length;
            var people = new int[size];
            var nationality = Geography.Get(_rng.Pick(route.Corridor.People));
            for (var i = 0; i < size; i++)
            {
                // People travelling together mostly share a nationality.
                var origin = _rng.Chance(0.8) ? nationality : Geography.Get(_rng.Pick(route.Corridor.People));
                people[i] = victims ? NewVictim(origin, route) : NewMigrant(origin);
            }

            if (victims)
            {
                RecruitVictims(route, start, people);
            }
            else
            {
                CollectFees(route, start, legs, done, people);
            }

            SupplyDocuments(route, start, people, victims);
            Transport(route, legs, done, people, victims);
            if (victims)
            {
                for (var i = 0; i < size; i++)
                {
                    if (done == route.Legs.Length)
                    {
                        Exploit(people[i], route, legs[done]);
                    }
                    else if (_rng.Chance(0.3) && _draft.Agents[people[i]].Sensitivity == Sensitivity.Victim)
                    {
                        // Identified at the border, then a witness for the prosecution.
                        _draft.Agents[people[i]].Sensitivity = Sensitivity.Witness;
                    }
                }
            }
            else if (Small && done == route.Legs.Length)
            {
                // The leader shares the takings of the trip with one or two of the crew.
                var fee = Geography.ToEuro(route.Fee, route.Corridor.FeeCurrency) * (decimal)_plan.FeeFactor * size;
                for (var k = _rng.Between(1, 2); k > 0 && Roster.Persons.Count > 1; k--)
                {
                    var crew = RandomMember();
                    Pay(legs[done] + Time.Days(_rng, 0, 5), Roster.Leader, crew, TransactionKind.Payment, fee * (decimal)_rng.Uniform(0.05, 0.15));
                }
            }
        }
    }

    /// <summary>Small groups work in bursts; transnational ones continuously.</summary>
    private long NextTripTime()
    {
        if (_plan.Bursts.Count > 0 && _rng.Chance(0.9))
        {
            var (from, to) = _rng.Pick(_plan.Bursts);
            return Between(from, to);
        }

        return Between(_plan.Start, _plan.End);
    }

    private RoutePlan PickRoute(long minute)
    {
        var open = _plan.Routes.FindAll(r => r.Open <= minute && minute < r.Close);
        return open.Count > 0 ? _rng.Pick(open) : _plan.Routes[0];
    }

    private int BatchSize(LegMode mode) => mode switch
    {
        LegMode.Sea => _rng.Count(22, 0.5, 5, 60),
        LegMode.Air => _rng.Between(1, 4),
        _ => _rng.Count(6, 0.5, 1, 20),
    };

    /// <summary>Departure of each leg, and arrival at index <c>Legs.Length</c>: waits in transit, then the crossing.</summary>
    private long[] LegTimes(RoutePlan route, long start)
    {
        var times = new long[route.Legs.Length + 1];
        var t = start;
        for (var leg = 0; leg < route.Legs.Length; leg++)
        {
            if (leg > 0)
            {
                t += Time.Days(_rng, 1, 15);
            }

            times[leg] = t;
            t += route.Legs[leg] switch
            {
                LegMode.Sea => Time.Days(_rng, 0.2, 1.5),
                LegMode.Air => Time.Days(_rng, 0.1, 0.5),
                _ => Time.Days(_rng, 0.5, 4),
            };
        }

        times[^1] = t;
        return times;
    }

    private int NewMigrant(Country origin)
    {
        var roll = _rng.NextDouble();
        var migrant = new AgentDraft(AgentKind.Migrant, NameBook.Person(_rng, origin.Names), origin.Code)
        {
            Sensitivity = roll < 0.03 ? Sensitivity.Minor : roll < 0.05 ? Sensitivity.Witness : Sensitivity.None,
        };
        return _draft.AddAgent(migrant);
    }

    private int NewVictim(Country origin, RoutePlan route)
    {
        var minorShare = route.Corridor.Exploitation == ExploitationForm.Sexual ? 0.15 : 0.07;
        var victim = new AgentDraft(AgentKind.Victim, NameBook.Person(_rng, origin.Names), origin.Code)
        {
            Sensitivity = _rng.Chance(minorShare) ? Sensitivity.Minor : Sensitivity.Victim,
        };
        return _draft.AddAgent(victim);
    }

    /// <summary>Smuggling: contact with a recruiter, then the fee, directly, in instalments, or through a hawala shop released on arrival.</summary>
    private void CollectFees(RoutePlan route, long start, long[] legs, int done, int[] migrants)
    {
        var recruiter = Roster.PickOr(_rng, Function.Recruitment, Roster.Leader, route.Origin);
        var collector = Small ? (_rng.Chance(0.6) ? Roster.Leader : recruiter) : Roster.PickOr(_rng, Function.Recruitment, Roster.Leader, route.Stops[0]);
        var hawala = _plan.Hawaladars.Count > 0 && _rng.Chance(_plan.HawalaRate) ? _rng.Pick(_plan.Hawaladars) : -1;
        var feeCurrency = route.Corridor.FeeCurrency;
        var baseFee = Geography.ToEuro(route.Fee, feeCurrency) * (decimal)_plan.FeeFactor;
        decimal held = 0;
        var holders = 0;
        foreach (var m in migrants)
        {
            var contact = start - Time.Days(_rng, 5, 60);
            if (_rng.Chance(0.5))
            {
                Add(contact, recruiter, m, TransactionKind.Recruitment, country: route.Stops[0]);
            }
            else
            {
                Add(contact, m, recruiter, TransactionKind.Communication);
            }

            if (_rng.Chance(0.3))
            {
                Add(contact + Time.Days(_rng, 1, 4), recruiter, m, TransactionKind.Communication);
            }

            var euros = baseFee * (decimal)_rng.Uniform(0.85, 1.15);
            var currency = _rng.Chance(0.8) ? feeCurrency : Geography.Get(route.Stops[0]).Currency;
            AddRevenue(start, euros);
            if (hawala >= 0)
            {
                Add(start - Time.Days(_rng, 1, 10), m, hawala, TransactionKind.Fee, Money.Round(_rng, euros, feeCurrency), feeCurrency, _draft.Agents[hawala].Country, route.RouteIndex);
                held += euros;
                holders++;
            }
            else if (_rng.Chance(0.3) && done > 1)
            {
                var deposit = euros * (decimal)_rng.Uniform(0.4, 0.6);
                Add(start - Time.Days(_rng, 0, 7), m, collector, TransactionKind.Fee, Money.Round(_rng, deposit, currency), currency, route.Stops[0], route.RouteIndex);
                var later = Roster.PickOr(_rng, Function.Transport, collector, route.Stops[1]);
                if (_rng.Chance(0.1) && done == route.Legs.Length)
                {
                    // "Travel now, pay later": the rest is owed after arrival, so this relation does not end there.
                    Add(legs[done] + Time.Days(_rng, 2, 30), m, collector, TransactionKind.Fee, Money.Round(_rng, euros - deposit, currency), currency, route.Destination);
                }
                else
                {
                    Add(legs[1] - Time.Days(_rng, 0, 1), m, later, TransactionKind.Fee, Money.Round(_rng, euros - deposit, currency), currency, route.Stops[1]);
                }
            }
            else
            {
                Add(start - Time.Days(_rng, 0, 7), m, collector, TransactionKind.Fee, Money.Round(_rng, euros, currency), currency, route.Stops[0], route.RouteIndex);
            }

            var harbourer = Roster.Pick(_rng, Function.Harbouring, route.Stops.Length > 2 ? route.Stops[1] : null);
            if (harbourer >= 0 && done > 1 && _rng.Chance(0.6))
            {
                var nights = _rng.Between(2, 14);
                var rent = nights * (decimal)_rng.Uniform(15, 40);
                var country = route.Stops[1];
                var local = Geography.Get(country).Currency;
                Add(legs[1] - Time.Days(_rng, 0.2, 1), m, harbourer, TransactionKind.Payment, Money.Round(_rng, rent, local), local, country);
            }
        }

        if (holders > 0 && done == route.Legs.Length)
        {
            // The hawaladar releases the money held for the migrants once they have arrived.
            Add(legs[done] + Time.Days(_rng, 0, 2), hawala, collector, TransactionKind.Payment, Money.Round(_rng, held * 0.97m, feeCurrency), feeCurrency, _draft.Agents[hawala].Country, persons: holders);
        }
    }

    /// <summary>Trafficking: deceptive recruitment weeks or months before departure, with a few calls.</summary>
    private void RecruitVictims(RoutePlan route, long start, int[] victims)
    {
        var agency = Roster.Front(_rng, BusinessSector.Recruitment);
        foreach (var v in victims)
        {
            var recruiter = agency >= 0 && _rng.Chance(0.3) ? agency : Roster.PickOr(_rng, Function.Recruitment, Roster.Leader, route.Origin);
            var recruited = start - Time.Days(_rng, 20, 120);
            Add(recruited, recruiter, v, TransactionKind.Recruitment, country: route.Origin, persons: 1);
            for (var k = _rng.Between(1, 3); k > 0; k--)
            {
                var call = Between(recruited, start);
                if (_rng.Chance(0.7))
                {
                    Add(call, recruiter, v, TransactionKind.Communication);
                }
                else
                {
                    Add(call, v, recruiter, TransactionKind.Communication);
                }
            }
        }
    }

    /// <summary>Papers: forged in-house, bought from an outside forger, or visas from several consulates (visa shopping).</summary>
    private void SupplyDocuments(RoutePlan route, long start, int[] people, bool victims)
    {
        var handler = Roster.PickOr(_rng, Function.Transport, Roster.Leader, route.Stops[0]);
        if (_plan.Consulates.Count > 0 && _rng.Chance(_plan.VisaShoppingRate))
        {
            var agency = _rng.Pick(_plan.TravelAgencies);
            Pay(start - Time.Days(_rng, 20, 50), handler, agency, TransactionKind.Payment, people.Length * (decimal)_rng.Uniform(80, 200), 0.8, persons: people.Length);
            var corrupt = _plan.Officials.FindAll(o => _draft.Agents[o].Role == "consular_officer");
            foreach (var p in people)
            {
                foreach (var consulate in _rng.Sample(_plan.Consulates, _rng.Between(1, _plan.Consulates.Count)))
                {
                    Add(start - Time.Days(_rng, 10, 45), consulate, p, TransactionKind.Documents, country: _draft.Agents[consulate].Country, persons: 1);
                }

                if (corrupt.Count > 0 && _rng.Chance(0.5))
                {
                    var officer = _rng.Pick(corrupt);
                    var briber = Roster.PickOr(_rng, Function.Corruption, handler);
                    Pay(start - Time.Days(_rng, 15, 40), briber, officer, TransactionKind.Bribe, Money.Euros(_rng, 600, 0.4));
                    Add(start - Time.Days(_rng, 5, 14), officer, p, TransactionKind.Documents, country: _draft.Agents[officer].Country, persons: 1);
                }
            }

            return;
        }

        if (!_rng.Chance(victims ? Math.Max(_plan.DocumentRate, 0.5) : _plan.DocumentRate))
        {
            return;
        }

        var forger = Roster.Pick(_rng, Function.DocumentForgery);
        if (forger >= 0 && (_plan.Forgers.Count == 0 || _rng.Chance(0.8)))
        {
            foreach (var p in people)
            {
                Add(start - Time.Days(_rng, 2, 12), forger, p, TransactionKind.Documents, country: _draft.Agents[forger].Country, persons: 1);
            }

            return;
        }

        if (_plan.Forgers.Count > 0)
        {
            var outside = _rng.Pick(_plan.Forgers);
            var order = start - Time.Days(_rng, 5, 20);
            Pay(order, handler, outside, TransactionKind.Payment, people.Length * Money.Euros(_rng, 700, 0.5), 0.4, persons: people.Length);
            Add(order + Time.Days(_rng, 2, 5), outside, handler, TransactionKind.Documents, country: _draft.Agents[outside].Country, persons: people.Length);
        }
    }

    /// <summary>
    /// Each leg: by a member, a front transport firm, a boat crew bought from outside, or a commercial carrier
    /// (small groups' "commercial transport and legal-looking channels"); escorts and bribes on the way.
    /// </summary>
    private void Transport(RoutePlan route, long[] legs, int done, int[] people, bool victims)
    {
        var front = Roster.Front(_rng, BusinessSector.Transport);
        for (var leg = 0; leg < done; leg++)
        {
            var from = route.Stops[leg];
            var mode = route.Legs[leg];
            var when = legs[leg];
            var member = Roster.PickOr(_rng, Function.Transport, Roster.Leader, from);
            var carrier = _rng.Chance(_plan.CommercialRate) ? CarrierIn(from, mode) : -1;
            int mover;
            if (carrier >= 0)
            {
                var ticket = mode == LegMode.Sea ? _rng.Uniform(40, 90) : _rng.Uniform(25, 120);
                var local = Geography.Get(from).Currency;
                Add(when - Time.Days(_rng, 0, 3), member, carrier, TransactionKind.Payment, Money.Exact((decimal)ticket * people.Length, local), local, from, route.RouteIndex, people.Length);
                mover = carrier;
            }
            else if (mode == LegMode.Sea && _plan.BoatCrews.Count > 0 && _rng.Chance(0.6))
            {
                mover = _rng.Pick(_plan.BoatCrews);
                Pay(when - Time.Days(_rng, 0, 4), member, mover, TransactionKind.Payment, people.Length * (decimal)_rng.Uniform(300, 1200), 0.3, route.RouteIndex, people.Length);
            }
            else if (front >= 0 && mode == LegMode.Land && _rng.Chance(0.4))
            {
                mover = front;
            }
            else
            {
                mover = member;
            }

            foreach (var p in people)
            {
                Add(when, mover, p, TransactionKind.Transport, country: from, route: route.RouteIndex, persons: 1);
            }

            var escort = Roster.Pick(_rng, Function.Protection, from);
            if (escort >= 0 && _rng.Chance(victims ? 0.5 : 0.25))
            {
                foreach (var p in people)
                {
                    Add(when + Time.Hour, escort, p, TransactionKind.Protection, country: from);
                }
            }

            if (_plan.Officials.Count > 0 && _rng.Chance(_plan.BribeRate))
            {
                var next = route.Stops[leg + 1];
                var officials = _plan.Officials.FindAll(o => _draft.Agents[o].Role is "border_guard" or "customs_officer" && _draft.Agents[o].Country is var c && (c == from || c == next));
                if (officials.Count > 0)
                {
                    var official = _rng.Pick(officials);
                    var briber = Roster.PickOr(_rng, Function.Corruption, member, from);
                    Pay(when - Time.Days(_rng, 0, 2), briber, official, TransactionKind.Bribe, Money.Euros(_rng, 800, 0.6) * (1 + people.Length / 20m));
                }
            }
        }
    }

    private int CarrierIn(string country, LegMode mode)
    {
        var sector = mode == LegMode.Sea ? BusinessSector.Ferry : BusinessSector.Transport;
        var matches = _plan.Carriers.FindAll(c => _draft.Agents[c].Country == country && _draft.Agents[c].Sector == sector);
        return matches.Count == 0 ? -1 : _rng.Pick(matches);
    }
}
