using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Neo4j;

/// <summary>Neo4j property types used by our writers (<c>neo4j-admin</c> header type names).</summary>
internal enum Neo4jType
{
    String,
    StringArray,
    DateTime,
    Float,
    Double,
    Long,
}

/// <summary>One property of a node or relationship: its key, Neo4j type and the text of its value (null: not set).</summary>
internal readonly record struct Neo4jProperty(string Key, Neo4jType Type, string? Value);

/// <summary>
/// How our records become a Neo4j property graph, shared by the import-CSV writer and the APOC JSON writer
/// and reader so the two agree: agents are <c>:Agent</c> nodes with a second label for the kind
/// (<c>:Person</c>, <c>:Business</c>, ...); group records are <c>:Group</c> nodes linked from their members
/// by <c>MEMBER_OF</c>; a transaction is a relationship typed by its kind in upper case (<c>PAYMENT</c>,
/// <c>BRIBE</c>, ...), a tie likewise (<c>OWNERSHIP</c>, <c>FAMILY</c>, ...). Property keys are our column
/// names; extra attributes keep their names.
/// </summary>
internal static class Neo4jGraph
{
    public const string AgentLabel = "Agent";
    public const string GroupLabel = "Group";
    public const string MemberOf = "MEMBER_OF";

    /// <summary>The relationship type of a kind word: upper case (<c>debt_collection</c> → <c>DEBT_COLLECTION</c>).</summary>
    public static string Type(string kindWord) => kindWord.ToUpperInvariant();

    /// <summary>The label of an agent kind: the word with a capital (<c>Person</c>, <c>Business</c>, ...).</summary>
    public static string KindLabel(AgentKind kind)
    {
        var word = DomainWords.Format(kind);
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    public static Neo4jProperty[] Agent(Agent agent, string id, string? name, string? sensitivity) =>
    [
        new("id", Neo4jType.String, id),
        new("name", Neo4jType.String, name),
        new("kind", Neo4jType.String, DomainWords.Format(agent.Kind)),
        new("sphere", Neo4jType.String, DomainWords.Format(agent.Sphere)),
        new("country", Neo4jType.String, agent.Country),
        new("groups", Neo4jType.StringArray, agent.Groups.IsEmpty ? null : string.Join(';', agent.Groups)),
        new("functions", Neo4jType.StringArray, agent.Functions.IsEmpty ? null : agent.Functions.ToString()),
        new("sensitivity", Neo4jType.String, sensitivity),
    ];

    public static Neo4jProperty[] Transaction(Transaction t, string? id) =>
    [
        new("id", Neo4jType.String, id),
        new("kind", Neo4jType.String, DomainWords.Format(t.Kind)),
        new("time", Neo4jType.DateTime, t.Time is { } time ? Common.FieldText.DateTime(time) : null),
        new("amount", Neo4jType.Float, t.Amount is { } amount ? Common.FieldText.Number(amount) : null),
        new("currency", Neo4jType.String, t.Currency),
        new("country", Neo4jType.String, t.Country),
        new("route", Neo4jType.StringArray, t.Route.IsEmpty ? null : string.Join(';', t.Route)),
        new("persons", Neo4jType.Long, t.Persons is { } persons ? Common.FieldText.Number(persons) : null),
        new("weight", Neo4jType.Double, Common.FieldText.Number(t.Weight)),
    ];

    public static Neo4jProperty[] Tie(Tie t, string? id) =>
    [
        new("id", Neo4jType.String, id),
        new("kind", Neo4jType.String, DomainWords.Format(t.Kind)),
        new("start", Neo4jType.DateTime, t.Start is { } start ? Common.FieldText.DateTime(start) : null),
        new("end", Neo4jType.DateTime, t.End is { } end ? Common.FieldText.DateTime(end) : null),
    ];

    public static Neo4jProperty[] Group(Group g, string id, string? name) =>
    [
        new("id", Neo4jType.String, id),
        new("name", Neo4jType.String, name),
        new("type", Neo4jType.String, g.Type is { } type ? DomainWords.Format(type) : null),
    ];
}
