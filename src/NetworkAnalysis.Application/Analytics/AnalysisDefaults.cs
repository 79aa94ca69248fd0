using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>Shared vocabularies of the analyses.</summary>
public static class AnalysisDefaults
{
    /// <summary>Transactions that move money: payment, fee, bribe and laundering.</summary>
    public static IReadOnlySet<TransactionKind> MoneyKinds { get; } = new HashSet<TransactionKind>
    {
        TransactionKind.Payment, TransactionKind.Fee, TransactionKind.Bribe, TransactionKind.Laundering,
    };

    /// <summary>
    /// The functions the source text names as what an operation needs: recruitment, transport, protection,
    /// document forgery, money laundering, corruption, debt collection, exploitation and harbouring.
    /// </summary>
    public static IReadOnlySet<Function> CoreFunctions { get; } = new HashSet<Function>
    {
        Function.Recruitment, Function.Transport, Function.Protection, Function.DocumentForgery, Function.MoneyLaundering,
        Function.Corruption, Function.DebtCollection, Function.Exploitation, Function.Harbouring,
    };
}
