using NetworkAnalysis.Core;

namespace NetworkAnalysis.Classification;

/// <summary>
/// The ancillary services of the domain description: document forgery, money laundering, debt
/// collection, intelligence gathering and protection. Small groups buy them from specialists when
/// needed; transnational groups are tied to them.
/// </summary>
public static class AncillaryServices
{
    /// <summary>The five ancillary functions.</summary>
    public static FunctionSet All { get; } = FunctionSet.Of(
        Function.DocumentForgery, Function.MoneyLaundering, Function.DebtCollection, Function.Intelligence, Function.Protection);

    /// <summary>The function a transaction of kind <paramref name="kind"/> performs, or null when it shows none.</summary>
    public static Function? FunctionOf(TransactionKind kind) => kind switch
    {
        TransactionKind.Documents => Function.DocumentForgery,
        TransactionKind.Laundering => Function.MoneyLaundering,
        TransactionKind.DebtCollection => Function.DebtCollection,
        TransactionKind.Protection => Function.Protection,
        TransactionKind.Transport => Function.Transport,
        TransactionKind.Recruitment => Function.Recruitment,
        TransactionKind.Exploitation => Function.Exploitation,
        TransactionKind.Bribe => Function.Corruption,
        _ => null,
    };

    /// <summary>A phrase for a function in reasons ("document forgery", "money laundering", "transport", ...).</summary>
    public static string Phrase(Function function) => function switch
    {
        Function.DocumentForgery => "document forgery",
        Function.MoneyLaundering => "money laundering",
        Function.DebtCollection => "debt collection",
        Function.Intelligence => "intelligence gathering",
        Function.Protection => "protection",
        _ => DomainWords.Format(function).Replace('_', ' '),
    };

    /// <summary>The phrases of <paramref name="functions"/> joined by commas, in enum order.</summary>
    public static string Phrases(FunctionSet functions) => string.Join(", ", functions.Select(Phrase));
}
