using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic;

/// <summary>
/// Draws one group's transactions from its plan and roster: the trips that move migrants and victims
/// (<c>GroupActivity.Trips.cs</c>), the exploitation that follows trafficking
/// (<c>GroupActivity.Exploitation.cs</c>) and the group's upkeep: calls, internal payments, laundering,
/// bribes, other crimes and links to other groups (<c>GroupActivity.Upkeep.cs</c>).
/// </summary>
internal sealed partial class GroupActivity
{
    private readonly CaseDraft _draft;
    private readonly GroupPlan _plan;
    private readonly Rng _rng;
    private readonly double _scale;
    private readonly decimal[] _revenue;
    private readonly List<int> _usedOutside = [];
    private readonly List<int> _employers = [];

    public GroupActivity(CaseDraft draft, GroupPlan plan, Rng rng, double scale)
    {
        _draft = draft;
        _plan = plan;
        _rng = rng;
        _scale = scale;
        _revenue = new decimal[(int)(draft.SpanMinutes / Time.Month) + 2];
        Roster = GroupRoster.Draw(draft, plan, rng);
    }

    public GroupRoster Roster { get; }

    public GroupPlan Plan => _plan;

    private bool Small => _plan.Type == GroupType.SmallEnterprise;

    /// <summary>Draws every transaction of the group; <paramref name="groups"/> gives the partner's roster.</summary>
    public void Draw(IReadOnlyList<GroupActivity> groups)
    {
        DrawTrips();
        DrawCommunication();
        DrawInternalPayments();
        DrawLaundering();
        DrawCorruption();
        DrawOtherCrime();
        DrawFrontOperations();
        if (_plan.Partner >= 0)
        {
            DrawPartnerLink(groups[_plan.Partner]);
        }

        EnsureSpecialistsUsed();
    }

    private bool Add(long minute, int source, int target, TransactionKind kind, decimal? amount = null, string? currency = null, string? country = null, int route = -1, int persons = -1)
    {
        if (source < 0 || target < 0 || source == target && kind != TransactionKind.Communication)
        {
            return false;
        }

        if (_draft.Add(minute, source, target, kind, amount, currency, country, route, persons))
        {
            if (_draft.Agents[source].Specialist && !_usedOutside.Contains(source))
            {
                _usedOutside.Add(source);
            }

            if (_draft.Agents[target].Specialist && !_usedOutside.Contains(target))
            {
                _usedOutside.Add(target);
            }

            return true;
        }

        return false;
    }

    /// <summary>A payment of about <paramref name="euros"/> from <paramref name="source"/>, in its local currency or a hard one.</summary>
    private void Pay(long minute, int source, int target, TransactionKind kind, decimal euros, double localShare = 0.6, int route = -1, int persons = -1)
    {
        if (euros <= 0)
        {
            return;
        }

        var country = _draft.Agents[source].Country;
        var currency = _rng.Chance(localShare) ? Geography.Get(country).Currency : _rng.Chance(0.6) ? "EUR" : "USD";
        Add(minute, source, target, kind, Money.Round(_rng, euros, currency), currency, country, route, persons);
    }

    private void AddRevenue(long minute, decimal euros)
    {
        var month = (int)Math.Clamp(minute / Time.Month, 0, _revenue.Length - 1);
        _revenue[month] += euros;
    }

    private decimal RevenueBetween(long from, long to)
    {
        decimal sum = 0;
        var first = (int)Math.Clamp(from / Time.Month, 0, _revenue.Length - 1);
        var last = (int)Math.Clamp(to / Time.Month, 0, _revenue.Length - 1);
        for (var m = first; m <= last; m++)
        {
            sum += _revenue[m];
        }

        return sum;
    }

    /// <summary>A random minute in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private long Between(long from, long to) => to <= from ? from : from + (long)(_rng.NextDouble() * (to - from));

    private int RandomMember() => _rng.Pick(Roster.Persons);
}
