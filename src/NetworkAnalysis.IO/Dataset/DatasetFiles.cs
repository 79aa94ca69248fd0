namespace NetworkAnalysis.IO.Dataset;

/// <summary>The file names of dataset format v1 (a folder of CSV files).</summary>
public static class DatasetFiles
{
    /// <summary><c>agents.csv</c>: one row per agent (required).</summary>
    public const string Agents = "agents.csv";

    /// <summary><c>transactions.csv</c>: one row per transaction (required).</summary>
    public const string Transactions = "transactions.csv";

    /// <summary><c>groups.csv</c>: names and known types of groups (optional).</summary>
    public const string Groups = "groups.csv";

    /// <summary><c>ties.csv</c>: ownership, family and other standing relationships between agents (optional).</summary>
    public const string Ties = "ties.csv";
}
