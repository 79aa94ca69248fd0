using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic;

/// <summary>
/// Turns the draft into a validated <see cref="TransactionNetwork"/>: leaves out what was dropped and
/// agents nobody deals with, gives agents opaque ids in a shuffled order (so neither ids nor file order
/// reveal groups or types), and lists transactions in time order.
/// </summary>
internal static class CaseAssembly
{
    public static TransactionNetwork Build(CaseDraft draft, List<GroupPlan> plans, GroupLabels labels, Rng rng)
    {
        var agents = draft.Agents;
        var transactions = draft.Transactions;
        var degree = new int[agents.Count];
        var kept = 0;
        for (var i = 0; i < transactions.Count; i++)
        {
            var t = transactions[i];
            if (Keeps(t, agents))
            {
                degree[t.Source]++;
                degree[t.Target]++;
                kept++;
            }
        }

        var order = new List<int>();
        for (var a = 0; a < agents.Count; a++)
        {
            if (!agents[a].Dropped && (degree[a] > 0 || agents[a].Groups.Count > 0))
            {
                order.Add(a);
            }
        }

        var shuffled = order.ToArray();
        rng.Shuffle(shuffled.AsSpan());
        var ids = new string?[agents.Count];
        var width = Math.Max(5, shuffled.Length.ToString(CultureInfo.InvariantCulture).Length);
        for (var i = 0; i < shuffled.Length; i++)
        {
            ids[shuffled[i]] = "A" + (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
        }

        var groupIds = new string[plans.Count];
        var groupWidth = Math.Max(3, plans.Count.ToString(CultureInfo.InvariantCulture).Length);
        for (var g = 0; g < plans.Count; g++)
        {
            groupIds[g] = "G" + (g + 1).ToString(CultureInfo.InvariantCulture).PadLeft(groupWidth, '0');
        }

        var builder = new TransactionNetworkBuilder();
        if (labels != GroupLabels.None)
        {
            foreach (var plan in plans)
            {
                builder.AddGroup(new Group(groupIds[plan.Index])
                {
                    Name = plan.Name,
                    Type = labels == GroupLabels.MembershipAndType ? plan.Type : null,
                });
            }
        }

        foreach (var a in shuffled)
        {
            builder.AddAgent(ToAgent(agents[a], ids[a]!, labels == GroupLabels.None ? [] : agents[a].Groups.ConvertAll(g => groupIds[g])));
        }

        // Time order, ties in creation order: the key is unique, so the sort is deterministic.
        var keys = new long[kept];
        var index = new int[kept];
        var n = 0;
        for (var i = 0; i < transactions.Count; i++)
        {
            if (Keeps(transactions[i], agents))
            {
                keys[n] = (transactions[i].Minute << 32) | (uint)i;
                index[n] = i;
                n++;
            }
        }

        Array.Sort(keys, index);
        var idWidth = Math.Max(6, kept.ToString(CultureInfo.InvariantCulture).Length);
        for (var k = 0; k < kept; k++)
        {
            var t = transactions[index[k]];
            builder.AddTransaction(new Transaction(ids[t.Source]!, ids[t.Target]!, t.Kind)
            {
                Id = "T" + (k + 1).ToString(CultureInfo.InvariantCulture).PadLeft(idWidth, '0'),
                Time = draft.Epoch.AddMinutes(t.Minute),
                Amount = t.HasAmount ? t.Amount : null,
                Currency = t.HasAmount ? t.Currency : null,
                Country = t.Country,
                Route = t.Route >= 0 ? draft.Routes[t.Route] : ImmutableArray<string>.Empty,
                Persons = t.Persons >= 0 ? t.Persons : null,
            });
        }

        return builder.Build();
    }

    private static bool Keeps(in TransactionDraft t, List<AgentDraft> agents) =>
        !t.Dropped && !agents[t.Source].Dropped && !agents[t.Target].Dropped;

    private static Agent ToAgent(AgentDraft draft, string id, List<string> groups)
    {
        IReadOnlyDictionary<string, string> attributes = draft.Role is { } role
            ? new Dictionary<string, string>(StringComparer.Ordinal) { ["role"] = role }.ToFrozenDictionary(StringComparer.Ordinal)
            : draft.Sector is { } sector
                ? new Dictionary<string, string>(StringComparer.Ordinal) { ["sector"] = SectorWord(sector) }.ToFrozenDictionary(StringComparer.Ordinal)
                : FrozenDictionary<string, string>.Empty;
        return new Agent(id, draft.Kind)
        {
            Name = draft.Name,
            Country = draft.Country,
            Groups = [.. groups],
            Functions = draft.Functions,
            Sensitivity = draft.Sensitivity,
            Attributes = attributes,
        };
    }

    private static string SectorWord(BusinessSector sector) => sector switch
    {
        BusinessSector.TravelAgency => "travel_agency",
        BusinessSector.MoneyTransfer => "money_transfer",
        BusinessSector.NailSalon => "nail_salon",
        BusinessSector.Massage => "massage_parlour",
        BusinessSector.CarWash => "car_wash",
        BusinessSector.Recruitment => "recruitment_agency",
        BusinessSector.RealEstate => "real_estate",
        BusinessSector.Transport => "transport",
        BusinessSector.Ferry => "ferry",
        BusinessSector.Restaurant => "restaurant",
        BusinessSector.Agriculture => "agriculture",
        BusinessSector.Construction => "construction",
        BusinessSector.Hotel => "hotel",
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, "unknown sector"),
    };
}
