using System.Collections.Frozen;

namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// The attribute names of our data format (the dataset CSV column names), matched case-insensitively as
/// the domain model's attribute rules do, and where each goes.
/// </summary>
internal static class Columns
{
    /// <summary>The attribute kept for a kind word that is not one of ours.</summary>
    public const string OriginalKind = "original_kind";

    private static readonly FrozenDictionary<string, AgentField> _agent = new Dictionary<string, AgentField>(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = AgentField.Reserved,
        ["name"] = AgentField.Name,
        ["kind"] = AgentField.Kind,
        ["sphere"] = AgentField.Sphere,
        ["country"] = AgentField.Country,
        ["groups"] = AgentField.Groups,
        ["functions"] = AgentField.Functions,
        ["sensitivity"] = AgentField.Sensitivity,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, TransactionField> _transaction = new Dictionary<string, TransactionField>(StringComparer.OrdinalIgnoreCase)
    {
        ["source"] = TransactionField.Reserved,
        ["target"] = TransactionField.Reserved,
        ["id"] = TransactionField.Id,
        ["kind"] = TransactionField.Kind,
        ["time"] = TransactionField.Time,
        ["amount"] = TransactionField.Amount,
        ["currency"] = TransactionField.Currency,
        ["country"] = TransactionField.Country,
        ["route"] = TransactionField.Route,
        ["persons"] = TransactionField.Persons,
        ["weight"] = TransactionField.Weight,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static AgentField Agent(string name) => _agent.TryGetValue(name.Trim(), out var field) ? field : AgentField.Extra;

    public static TransactionField Transaction(string name) => _transaction.TryGetValue(name.Trim(), out var field) ? field : TransactionField.Extra;

    /// <summary>True when <paramref name="name"/> is one of our node columns (so it cannot be an extra attribute).</summary>
    public static bool IsAgentColumn(string name) => _agent.ContainsKey(name);

    /// <summary>True when <paramref name="name"/> is one of our edge columns (so it cannot be an extra attribute).</summary>
    public static bool IsTransactionColumn(string name) => _transaction.ContainsKey(name);
}
