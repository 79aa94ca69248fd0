using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Dataset;

/// <summary>
/// Reads dataset format v1: a folder with <c>agents.csv</c>, <c>transactions.csv</c> and optionally
/// <c>groups.csv</c> and <c>ties.csv</c> (UTF-8 CSV with a header row; see docs/data-format.md).
/// </summary>
/// <remarks>
/// Streams each file with bounded memory (see <see cref="DatasetReadOptions"/>). Any problem throws
/// one <see cref="InputFormatException"/> naming file, line and column of up to
/// <see cref="InputFormatException.MaxListedProblems"/> problems; reading stops at that many. No
/// network is returned unless the whole dataset is valid.
/// </remarks>
public static class DatasetReader
{
    /// <summary>Reads the dataset in <paramref name="folder"/>.</summary>
    /// <exception cref="InputFormatException">The folder, a file or a value is missing or malformed.</exception>
    public static TransactionNetwork Read(string folder, DatasetReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        options ??= DatasetReadOptions.Default;
        options.Validate();
        if (!Directory.Exists(folder))
        {
            throw new InputFormatException(new InputProblem(folder, null, null, "the dataset folder does not exist"));
        }

        var context = new ReadContext(options);
        var log = context.Log;
        var agents = Locate(folder, DatasetFiles.Agents);
        var transactions = Locate(folder, DatasetFiles.Transactions);
        var groups = Locate(folder, DatasetFiles.Groups);
        var ties = Locate(folder, DatasetFiles.Ties);
        if (agents is null)
        {
            log.Add(Path.Combine(folder, DatasetFiles.Agents), null, null, "required file is missing");
        }

        if (transactions is null)
        {
            log.Add(Path.Combine(folder, DatasetFiles.Transactions), null, null, "required file is missing");
        }

        log.ThrowIfAny();
        if (groups is not null)
        {
            ReadFile(groups, context, GroupRows.Read);
        }

        ReadFile(agents!, context, AgentRows.Read);

        // Transactions against agents that failed structurally would only repeat the failure.
        if (!log.IsFull && (log.Count == 0 || context.Builder.AgentCount > 0))
        {
            ReadFile(transactions!, context, (table, c) => TransactionRows.Read(table, c, new FileInfo(transactions!).Length));
        }
        else if (log.Count > 0)
        {
            log.StoppedEarly = true;
        }

        if (ties is not null && !log.IsFull && (log.Count == 0 || context.Builder.AgentCount > 0))
        {
            ReadFile(ties, context, TieRows.Read);
        }

        log.ThrowIfAny();
        return context.Builder.Build();
    }

    private static void ReadFile(string path, ReadContext context, Action<CsvTable, ReadContext> read)
    {
        if (context.Log.IsFull)
        {
            context.Log.StoppedEarly = true;
            return;
        }

        using var table = CsvTable.Open(path, path, context.Options, context.Log);
        if (table is null)
        {
            return;
        }

        read(table, context);
        if (context.Log.IsFull && table.ReadRow())
        {
            context.Log.StoppedEarly = true;
        }
    }

    // File names match case-insensitively, so AGENTS.CSV works on case-sensitive file systems too.
    private static string? Locate(string folder, string name)
    {
        var exact = Path.Combine(folder, name);
        if (File.Exists(exact))
        {
            return exact;
        }

        foreach (var candidate in Directory.EnumerateFiles(folder))
        {
            if (string.Equals(Path.GetFileName(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }
}
