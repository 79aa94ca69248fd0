using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic;

/// <summary>
/// The agents outside every group that groups buy from: independent forgers, launderers and hawala
/// shops, boat crews, drug and arms suppliers (DOMAIN.md §1, §4: small groups "hire specialists when
/// needed"), and the upperworld: commercial carriers, travel agencies, consulates and corrupt officials
/// (§3). Shared by design: several groups use the same forger or bribe the same border guard.
/// </summary>
internal sealed class SpecialistPool
{
    private static readonly string[] _forgerHubs = ["TR", "GR", "LY", "IT", "FR", "MA", "RS", "DE", "TH", "MX", "BY", "AL", "UA", "AE"];
    private static readonly string[] _launderingHubs = ["TR", "AE", "DE", "IT", "GB", "NL", "RS", "AL", "CN", "MX", "GR", "ES"];
    private static readonly string[] _hawalaHubs = ["TR", "AE", "LY", "IQ", "AF", "PK", "DE", "GB", "SD", "IT"];
    private static readonly string[] _seaHubs = ["TR", "LY", "MA", "SN", "FR", "AL", "GR", "MR"];
    private static readonly string[] _drugHubs = ["MA", "AL", "TR", "NL", "AF", "MX"];
    private static readonly string[] _armsHubs = ["RS", "UA", "LY", "AL", "BG"];

    private readonly CaseDraft _draft;
    private readonly Rng _rng;
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);

    public SpecialistPool(CaseDraft draft, Rng rng, int groups)
    {
        _draft = draft;
        _rng = rng;
        var perFive = Math.Max(2, (groups + 4) / 5);
        for (var i = 0; i < perFive; i++)
        {
            Forgers.Add(Person(_forgerHubs, FunctionSet.Of(Function.DocumentForgery)));
            Launderers.Add(Person(_launderingHubs, FunctionSet.Of(Function.MoneyLaundering)));
        }

        for (var i = 0; i < Math.Max(2, (groups + 5) / 6); i++)
        {
            var country = Geography.Get(_rng.Pick(_hawalaHubs));
            Hawaladars.Add(Business(country, BusinessSector.MoneyTransfer, FunctionSet.Of(Function.MoneyLaundering), specialist: true));
        }

        for (var i = 0; i < Math.Max(1, (groups + 7) / 8); i++)
        {
            var country = Geography.Get(_rng.Pick(_seaHubs));
            var crew = new AgentDraft(AgentKind.Group, $"{country.City} boat crew", country.Code)
            {
                Functions = FunctionSet.Of(Function.Transport),
            };
            BoatCrews.Add(_draft.AddAgent(crew));
        }

        for (var i = 0; i < Math.Max(1, (groups + 9) / 10); i++)
        {
            var country = Geography.Get(_rng.Pick(_drugHubs));
            var name = $"{NameBook.Family(_rng, country.Names)} {(_rng.Chance(0.5) ? "cartel" : "syndicate")}";
            DrugPartners.Add(_draft.AddAgent(new AgentDraft(AgentKind.Group, name, country.Code)));
        }

        for (var i = 0; i < Math.Max(1, (groups + 11) / 12); i++)
        {
            ArmsDealers.Add(Person(_armsHubs, FunctionSet.Empty));
        }
    }

    public List<int> Forgers { get; } = [];

    public List<int> Launderers { get; } = [];

    public List<int> Hawaladars { get; } = [];

    public List<int> BoatCrews { get; } = [];

    public List<int> DrugPartners { get; } = [];

    public List<int> ArmsDealers { get; } = [];

    /// <summary>One of <paramref name="pool"/>, preferring those in <paramref name="countries"/> (as groups use contacts they know).</summary>
    public int PickNear(List<int> pool, IReadOnlyList<string> countries)
    {
        var near = new List<int>();
        foreach (var agent in pool)
        {
            if (countries.Contains(_draft.Agents[agent].Country))
            {
                near.Add(agent);
            }
        }

        return near.Count > 0 && _rng.Chance(0.8) ? _rng.Pick(near) : _rng.Pick(pool);
    }

    /// <summary>A commercial carrier (bus or lorry firm, or ferry line) in <paramref name="country"/>: at most two per country and mode, shared.</summary>
    public int Carrier(string country, LegMode mode)
    {
        var sector = mode == LegMode.Sea ? BusinessSector.Ferry : BusinessSector.Transport;
        return Shared($"carrier:{country}:{sector}", 2, () => Business(Geography.Get(country), sector, FunctionSet.Empty, specialist: false));
    }

    /// <summary>A travel agency in <paramref name="country"/> (visa applications, tickets): at most two per country, shared.</summary>
    public int TravelAgency(string country) =>
        Shared($"agency:{country}", 2, () => Business(Geography.Get(country), BusinessSector.TravelAgency, FunctionSet.Empty, specialist: false));

    /// <summary>The (honest) visa section of <paramref name="destination"/>'s consulate in <paramref name="host"/>.</summary>
    public int Consulate(string host, string destination) =>
        Shared($"consulate:{host}:{destination}", 1, () =>
        {
            var official = new AgentDraft(AgentKind.Official, NameBook.Person(_rng, Geography.Get(destination).Names), host)
            {
                Role = "consular_officer",
            };
            return _draft.AddAgent(official);
        });

    /// <summary>
    /// A corrupt official of <paramref name="role"/> in <paramref name="country"/>: an existing one with
    /// probability <paramref name="share"/> (officials serving several groups), otherwise a new one.
    /// </summary>
    public int CorruptOfficial(string country, string role, double share)
    {
        var key = $"official:{country}:{role}";
        if (!_byKey.TryGetValue(key, out var list))
        {
            list = [];
            _byKey.Add(key, list);
        }

        if (list.Count > 0 && _rng.Chance(share))
        {
            return _rng.Pick(list);
        }

        var functions = role == "police_officer" ? FunctionSet.Of(Function.Corruption, Function.Protection) : FunctionSet.Of(Function.Corruption);
        var official = new AgentDraft(AgentKind.Official, NameBook.Person(_rng, Geography.Get(country).Names), country)
        {
            Role = role,
            Functions = functions,
        };
        var index = _draft.AddAgent(official);
        list.Add(index);
        return index;
    }

    private int Shared(string key, int cap, Func<int> create)
    {
        if (!_byKey.TryGetValue(key, out var list))
        {
            list = [];
            _byKey.Add(key, list);
        }

        if (list.Count < cap && (list.Count == 0 || _rng.Chance(0.3)))
        {
            list.Add(create());
        }

        return _rng.Pick(list);
    }

    private int Person(string[] hubs, FunctionSet functions)
    {
        var country = Geography.Get(_rng.Pick(hubs));
        var agent = new AgentDraft(AgentKind.Person, NameBook.Person(_rng, country.Names), country.Code)
        {
            Functions = functions,
            Specialist = !functions.IsEmpty,
        };
        return _draft.AddAgent(agent);
    }

    private int Business(Country country, BusinessSector sector, FunctionSet functions, bool specialist)
    {
        var agent = new AgentDraft(AgentKind.Business, NameBook.Business(_rng, sector, country), country.Code)
        {
            Sector = sector,
            Functions = functions,
            Specialist = specialist,
        };
        return _draft.AddAgent(agent);
    }
}
