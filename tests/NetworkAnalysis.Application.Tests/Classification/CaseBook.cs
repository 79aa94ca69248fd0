using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Tests.Classification;

/// <summary>Hand-made cases for the classification orchestration tests.</summary>
internal static class CaseBook
{
    /// <summary>A clique of <paramref name="size"/> members with <paramref name="ties"/> transactions per pair.</summary>
    public static void Clique(TransactionNetworkBuilder b, string prefix, int size, string? group, int ties = 3, string? functions = null, string country = "TR")
    {
        for (var i = 0; i < size; i++)
        {
            DomainWords.TryParseFunctions(functions ?? string.Empty, out var set, out _);
            b.AddAgent(new Agent($"{prefix}{i}", AgentKind.Person) { Groups = group is null ? [] : [group], Functions = set, Country = country });
        }

        for (var i = 0; i < size; i++)
        {
            for (var j = i + 1; j < size; j++)
            {
                for (var k = 0; k < ties; k++)
                {
                    b.AddTransaction(new Transaction($"{prefix}{i}", $"{prefix}{j}", TransactionKind.Communication) { Time = Day(k * 30) });
                }
            }
        }
    }

    public static void Ties(TransactionNetworkBuilder b, string a, string c, TransactionKind kind, int count)
    {
        for (var k = 0; k < count; k++)
        {
            b.AddTransaction(new Transaction(a, c, kind) { Time = Day(k) });
        }
    }

    public static DateTimeOffset Day(int day) => new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(day);

    /// <summary>
    /// A small group (3 members, one country, a few months, buys forgery) and a large one (12 members,
    /// launders and forges in-house, bribes officials, drugs, many countries and months), labelled.
    /// </summary>
    public static TransactionNetwork TwoTypes(bool declareGroups = true, bool labels = true)
    {
        var b = new TransactionNetworkBuilder();
        if (declareGroups)
        {
            b.AddGroup(new Group("small") { Type = labels ? GroupType.SmallEnterprise : null, Name = "Small cell" });
            b.AddGroup(new Group("big") { Type = labels ? GroupType.Transnational : null });
        }

        Clique(b, "s", 3, declareGroups ? "small" : null, ties: 4, functions: "recruitment;transport");
        b.AddAgent(new Agent("forger", AgentKind.Person) { Functions = FunctionSet.Of(Function.DocumentForgery) });
        Ties(b, "s0", "forger", TransactionKind.Payment, 2);
        Ties(b, "forger", "s0", TransactionKind.Documents, 2);
        for (var m = 0; m < 6; m++)
        {
            b.AddAgent(new Agent($"sm{m}", AgentKind.Migrant) { Country = "SY" });
            b.AddTransaction(new Transaction($"sm{m}", "s1", TransactionKind.Fee) { Time = Day(m), Amount = 2000, Country = "TR" });
            b.AddTransaction(new Transaction("s2", $"sm{m}", TransactionKind.Transport) { Time = Day(m + 5), Route = ["TR", "GR"] });
        }

        Clique(b, "b", 12, declareGroups ? "big" : null, ties: 2, functions: "money_laundering;document_forgery;coordination;intelligence;debt_collection");
        string[] countries = ["NG", "LY", "IT", "DE", "FR", "ES", "NL", "AT"];
        for (var v = 0; v < 60; v++)
        {
            b.AddAgent(new Agent($"bv{v}", AgentKind.Victim) { Country = countries[v % 3], Sensitivity = Sensitivity.Victim });
            var month = v % 40;
            b.AddTransaction(new Transaction($"b{v % 12}", $"bv{v}", TransactionKind.Recruitment) { Time = Day(month * 30), Country = countries[v % 3] });
            b.AddTransaction(new Transaction($"b{(v + 1) % 12}", $"bv{v}", TransactionKind.Transport) { Time = Day((month * 30) + 3), Route = [countries[v % 3], countries[3 + (v % 5)]] });
            b.AddTransaction(new Transaction($"bv{v}", $"b{(v + 2) % 12}", TransactionKind.Exploitation) { Time = Day((month * 30) + 40), Amount = 5000, Country = countries[3 + (v % 5)] });
        }

        for (var o = 0; o < 3; o++)
        {
            b.AddAgent(new Agent($"official{o}", AgentKind.Official) { Country = countries[o + 3] });
            Ties(b, $"b{o}", $"official{o}", TransactionKind.Bribe, 2);
        }

        // The forger serves both groups: an outside specialist.
        Ties(b, "forger", "b3", TransactionKind.Documents, 2);
        b.AddAgent(new Agent("dealer", AgentKind.Person));
        Ties(b, "b5", "dealer", TransactionKind.Drugs, 4);
        return b.Build();
    }
}
