using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic;

/// <summary>
/// A transaction while the case is being drawn: agent indexes, minutes since <see cref="CaseDraft.Epoch"/>,
/// and indexes into the draft's route table, so a million of them stay compact.
/// </summary>
internal struct TransactionDraft
{
    public long Minute;
    public int Source;
    public int Target;
    public TransactionKind Kind;
    public decimal Amount;
    public bool HasAmount;
    public string? Currency;
    public string? Country;
    public int Route;
    public int Persons;
    public bool Dropped;
}
