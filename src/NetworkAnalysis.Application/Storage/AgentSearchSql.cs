using System.Data.Common;
using System.Text;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>
/// Builds the two commands of an agent search (the total count and one page) from an <see cref="AgentQuery"/>,
/// the same way for every relational store; only the few clauses SQL dialects spell differently come from
/// the store's <see cref="AgentSearchDialect"/>. Every value is a parameter.
/// </summary>
public static class AgentSearchSql
{
    /// <summary>
    /// Sets the text and parameters of <paramref name="count"/> (<c>SELECT count(*)</c>) and <paramref name="page"/>
    /// (<see cref="StoredRows.AgentColumns"/>, sorted, limited) for the agents of version <paramref name="version"/>
    /// of case <paramref name="caseId"/> that match <paramref name="query"/>. Read page rows with <see cref="StoredRows.Agent"/> at column 0.
    /// </summary>
    public static void Prepare(DbCommand count, DbCommand page, AgentQuery query, AgentSearchDialect dialect, long caseId, int version)
    {
        ArgumentNullException.ThrowIfNull(count);
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(dialect);
        var where = new StringBuilder("a.case_id = @c AND a.valid_from <= @v AND a.valid_to > @v");
        void Parameter(string name, object value)
        {
            StoredRows.Add(count, name, value);
            StoredRows.Add(page, name, value);
        }

        void Filter(string clause, string name, object value)
        {
            where.Append(" AND ").Append(clause);
            Parameter(name, value);
        }

        Parameter("c", caseId);
        Parameter("v", version);
        if (query.Id is { } id)
        {
            Filter("a.id = @id", "id", id);
        }

        if (query.Prefix is { } prefix)
        {
            Filter(dialect.TextMatch("@prefix"), "prefix", AgentQueries.EscapeLike(prefix) + "%");
        }

        if (query.Contains is { } contains)
        {
            Filter(dialect.TextMatch("@contains"), "contains", "%" + AgentQueries.EscapeLike(contains) + "%");
        }

        if (query.Kind is { } kind)
        {
            Filter("a.kind = @kind", "kind", (int)kind);
        }

        if (query.Sphere is { } sphere)
        {
            Filter("a.sphere = @sphere", "sphere", (int)sphere);
        }

        if (query.Group is { } group)
        {
            Filter(dialect.GroupMember("@group"), "group", group);
        }

        if (query.Function is { } function)
        {
            Filter("(a.functions & @function) <> 0", "function", (int)FunctionSet.Of(function).Mask);
        }

        var order = query.Sort switch
        {
            AgentSort.Id => $"a.id{dialect.BinaryCollation}, a.ord",
            AgentSort.Name => $"a.name IS NULL, a.name{dialect.BinaryCollation}, a.ord",
            _ => "a.ord",
        };
        count.CommandText = $"SELECT count(*) FROM agents a WHERE {where}";
        page.CommandText = $"SELECT {StoredRows.AgentColumns} FROM agents a WHERE {where} ORDER BY {order} LIMIT @limit OFFSET @offset";
        StoredRows.Add(page, "limit", query.Limit);
        StoredRows.Add(page, "offset", query.Offset);
    }
}

/// <summary>The clauses of an agent search that SQL dialects spell differently.</summary>
/// <param name="TextMatch">
/// Given a parameter holding a <c>LIKE</c> pattern (escaped with <c>\</c>), a clause true when the agent's id
/// or name matches it, ignoring the case of ASCII letters only.
/// </param>
/// <param name="GroupMember">Given a parameter holding a group id, a clause true when the agent's <c>groups</c> JSON array holds it.</param>
/// <param name="BinaryCollation">What to append to a text column in <c>ORDER BY</c> for ordinal (code point) order; empty when that is the default.</param>
public sealed record AgentSearchDialect(Func<string, string> TextMatch, Func<string, string> GroupMember, string BinaryCollation);
