using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Ftm;

/// <summary>What an FtM entity becomes in our model.</summary>
internal enum FtmRole
{
    /// <summary>Not read: a document, note, sanction, address and the like (counted in a warning).</summary>
    Skipped,

    /// <summary>An agent (persons, legal entities, assets).</summary>
    Agent,

    /// <summary>A transaction between the entities named by <see cref="FtmMap.SourceProperty"/> and <see cref="FtmMap.TargetProperty"/>.</summary>
    Transaction,

    /// <summary>A tie between the entities named by <see cref="FtmMap.SourceProperty"/> and <see cref="FtmMap.TargetProperty"/>.</summary>
    Tie,
}

/// <summary>How one FtM schema maps to our model (see docs/formats.md, FollowTheMoney).</summary>
internal sealed record FtmMap(FtmRole Role, AgentKind AgentKind, Sphere Sphere, TransactionKind TransactionKind, TieKind TieKind, string? SourceProperty, string? TargetProperty);

/// <summary>
/// The mapping between FtM schemata and our records, in both directions. Agents by the nearest listed
/// ancestor; relationship schemata by the model's <c>edge</c> definition (which properties hold the two
/// ends); <c>Call</c> and <c>Message</c>, which the model gives no edge, by their caller/receiver and
/// sender/recipients properties.
/// </summary>
internal static class FtmMapping
{
    // Most specific first: a Company is also an Asset and an Organization.
    private static readonly (string Schema, AgentKind Kind, Sphere Sphere)[] _agents =
    [
        ("Person", AgentKind.Person, Sphere.Underworld),
        ("PublicBody", AgentKind.Official, Sphere.Upperworld),
        ("Company", AgentKind.Business, Sphere.Upperworld),
        ("Organization", AgentKind.Group, Sphere.Underworld),
        ("LegalEntity", AgentKind.Person, Sphere.Underworld),
        ("Asset", AgentKind.Business, Sphere.None),
        ("CryptoWallet", AgentKind.Business, Sphere.None),
        ("UserAccount", AgentKind.Business, Sphere.None),
    ];

    private static readonly (string Schema, TieKind Kind)[] _ties =
    [
        ("Ownership", TieKind.Ownership),
        ("Directorship", TieKind.Directorship),
        ("Membership", TieKind.Membership),
        ("Employment", TieKind.Employment),
        ("Family", TieKind.Family),
        ("Associate", TieKind.Association),
        ("Representation", TieKind.Representation),
    ];

    /// <summary>The schemata the writer uses for each agent kind (an official is a person holding a post).</summary>
    public static string AgentSchema(AgentKind kind) => kind switch
    {
        AgentKind.Business => "Company",
        AgentKind.Group => "Organization",
        _ => "Person",
    };

    /// <summary>The schema the writer uses for a tie kind (<c>other</c>: UnknownLink).</summary>
    public static string TieSchema(TieKind kind)
    {
        foreach (var (schema, k) in _ties)
        {
            if (k == kind)
            {
                return schema;
            }
        }

        return "UnknownLink";
    }

    /// <summary>The schema the writer uses for a transaction kind: a Call for communication, a Payment otherwise.</summary>
    public static string TransactionSchema(TransactionKind kind) => kind == TransactionKind.Communication ? "Call" : "Payment";

    /// <summary>The mapping of <paramref name="schema"/>.</summary>
    public static FtmMap Map(FtmSchema schema)
    {
        if (schema.Name == "Call")
        {
            return new FtmMap(FtmRole.Transaction, default, default, TransactionKind.Communication, default, "caller", "receiver");
        }

        if (schema.Name == "Message")
        {
            return new FtmMap(FtmRole.Transaction, default, default, TransactionKind.Communication, default, "sender", "recipients");
        }

        if (schema.Edge is { } edge)
        {
            if (schema.IsA("Payment"))
            {
                return new FtmMap(FtmRole.Transaction, default, default, TransactionKind.Payment, default, edge.Source, edge.Target);
            }

            var kind = TieKind.Other;
            foreach (var (name, k) in _ties)
            {
                if (schema.IsA(name))
                {
                    kind = k;
                    break;
                }
            }

            return new FtmMap(FtmRole.Tie, default, default, default, kind, edge.Source, edge.Target);
        }

        foreach (var (name, kind, sphere) in _agents)
        {
            if (schema.IsA(name))
            {
                return new FtmMap(FtmRole.Agent, kind, sphere, default, default, null, null);
            }
        }

        return new FtmMap(FtmRole.Skipped, default, default, default, default, null, null);
    }
}
