namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>The fields of our model a format can carry; what it cannot is dropped with a warning.</summary>
[Flags]
internal enum Carried
{
    None = 0,
    AgentName = 1 << 0,
    AgentKind = 1 << 1,
    AgentSphere = 1 << 2,
    AgentCountry = 1 << 3,
    AgentGroups = 1 << 4,
    AgentFunctions = 1 << 5,
    AgentSensitivity = 1 << 6,
    AgentAttributes = 1 << 7,
    TransactionId = 1 << 8,
    TransactionKind = 1 << 9,
    TransactionTime = 1 << 10,
    TransactionAmount = 1 << 11,
    TransactionCurrency = 1 << 12,
    TransactionCountry = 1 << 13,
    TransactionRoute = 1 << 14,
    TransactionPersons = 1 << 15,
    TransactionWeight = 1 << 16,
    TransactionAttributes = 1 << 17,

    /// <summary>Group records (name, type, attributes, groups without members); agents' group ids are <see cref="AgentGroups"/>.</summary>
    GroupRecords = 1 << 18,

    /// <summary>Every field except group records, which no graph format has a place for.</summary>
    AllButGroups = (1 << 18) - 1,

    /// <summary>Ties (ownership, family, ...): only formats with typed relationships (FollowTheMoney, Neo4j) carry them.</summary>
    Ties = 1 << 19,
}
