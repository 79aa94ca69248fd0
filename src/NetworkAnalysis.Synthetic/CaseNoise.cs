using System.Runtime.InteropServices;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic;

/// <summary>
/// The difficulty knobs: what an analyst's data does to the true case. Intelligence misses some members
/// (and everything they did), records are lost or added by mistake, kinds are mis-coded, functions unknown.
/// </summary>
internal static class CaseNoise
{
    private static readonly TransactionKind[] _extraKinds =
        [TransactionKind.Payment, TransactionKind.Transport, TransactionKind.Documents, TransactionKind.Recruitment, TransactionKind.Protection];

    /// <summary>Leaves out <paramref name="fraction"/> of each group's members, keeping at least two per group.</summary>
    public static void DropMembers(CaseDraft draft, List<GroupPlan> plans, double fraction, Rng rng)
    {
        if (fraction <= 0)
        {
            return;
        }

        foreach (var plan in plans)
        {
            var left = plan.Members.Count;
            foreach (var member in plan.Members)
            {
                if (left > 2 && rng.Chance(fraction))
                {
                    draft.Agents[member].Dropped = true;
                    left--;
                }
            }
        }
    }

    /// <summary>Loses, adds and mis-codes transactions; <paramref name="noise"/> as in <see cref="CaseGeneratorOptions.Noise"/>.</summary>
    public static void Record(CaseDraft draft, double noise, Rng rng)
    {
        if (noise <= 0)
        {
            return;
        }

        var transactions = CollectionsMarshal.AsSpan(draft.Transactions);
        var lose = noise / 2;
        var miscode = noise / 5;
        for (var i = 0; i < transactions.Length; i++)
        {
            ref var t = ref transactions[i];
            if (rng.Chance(lose))
            {
                t.Dropped = true;
            }
            else if (rng.Chance(miscode))
            {
                t.Kind = t.Kind switch
                {
                    TransactionKind.Fee => TransactionKind.Payment,
                    TransactionKind.DebtCollection or TransactionKind.Laundering => TransactionKind.Payment,
                    TransactionKind.Recruitment or TransactionKind.Protection => TransactionKind.Communication,
                    _ => t.Kind,
                };
            }
        }

        if (transactions.Length == 0)
        {
            return;
        }

        // Spurious records sit where the real activity is: between two agents each active, in another
        // transaction, at about the same time (a wrong number, an unrelated purchase, a mis-keyed id).
        var real = transactions.Length;
        var keys = new long[real];
        var byTime = new int[real];
        for (var i = 0; i < real; i++)
        {
            keys[i] = (transactions[i].Minute << 32) | (uint)i;
            byTime[i] = i;
        }

        Array.Sort(keys, byTime);
        var extras = rng.Round(lose * real);
        for (var k = 0; k < extras; k++)
        {
            var at = rng.Next(real);
            var near = draft.Transactions[byTime[at]];
            var other = draft.Transactions[byTime[Math.Clamp(at + rng.Between(-500, 500), 0, real - 1)]];
            var source = Actor(draft, near, rng);
            var target = rng.Chance(0.05) ? (rng.Chance(0.5) ? other.Source : other.Target) : Actor(draft, other, rng);
            if (source == target || draft.Agents[source].Dropped || draft.Agents[target].Dropped)
            {
                continue;
            }

            var when = near.Minute + Time.Days(rng, -7, 7);
            var roll = rng.NextDouble();
            var country = rng.Chance(0.5) ? draft.Agents[source].Country : null;
            if (roll < 0.7)
            {
                draft.Add(when, source, target, TransactionKind.Communication, country: country);
            }
            else if (roll < 0.9)
            {
                var currency = Geography.Get(draft.Agents[source].Country).Currency;
                draft.Add(when, source, target, TransactionKind.Payment, Money.Round(rng, Money.Euros(rng, 300, 1.0), currency), currency, country);
            }
            else
            {
                draft.Add(when, source, target, rng.Pick(_extraKinds), country: country);
            }
        }
    }

    // An endpoint of the transaction, preferring one that is not a migrant or victim.
    private static int Actor(CaseDraft draft, in TransactionDraft t, Rng rng)
    {
        var first = rng.Chance(0.5) ? t.Source : t.Target;
        var second = first == t.Source ? t.Target : t.Source;
        return draft.Agents[first].Kind is AgentKind.Migrant or AgentKind.Victim ? second : first;
    }

    /// <summary>Empties the functions of <paramref name="fraction"/> of the agents that have some.</summary>
    public static void BlankFunctions(CaseDraft draft, double fraction, Rng rng)
    {
        if (fraction <= 0)
        {
            return;
        }

        foreach (var agent in draft.Agents)
        {
            if (!agent.Functions.IsEmpty && rng.Chance(fraction))
            {
                agent.Functions = FunctionSet.Empty;
            }
        }
    }
}
