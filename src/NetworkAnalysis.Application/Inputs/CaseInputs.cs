using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Dataset;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.Application.Inputs;

/// <summary>
/// Reads cases for the analyses: dataset folders in format v1, files in any readable format, or a stored
/// case written <c>case:NAME</c> or <c>case:NAME@VERSION</c> (read from the <see cref="ICaseStore"/> given).
/// </summary>
public static class CaseInputs
{
    /// <summary>The prefix of an input that names a stored case.</summary>
    public const string CasePrefix = "case:";

    /// <summary>True when <paramref name="input"/> names a stored case (<c>case:NAME[@VERSION]</c>).</summary>
    public static bool IsStoredCase(string input) =>
        input is not null && input.StartsWith(CasePrefix, StringComparison.Ordinal);

    /// <summary>The case and version named by <c>case:NAME[@VERSION]</c>.</summary>
    /// <exception cref="InputFormatException">The reference is malformed.</exception>
    public static CaseVersionRef ParseStoredCase(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return CaseVersionRef.Parse(input[CasePrefix.Length..]);
        }
        catch (ArgumentException ex)
        {
            throw new InputFormatException(new InputProblem(input, null, null, ex.Message));
        }
    }

    /// <summary>
    /// Runs a store call for a <c>case:</c> input on behalf of a synchronous caller (a command-line run; the
    /// server calls the store's async methods itself). Fails clearly when no store was opened.
    /// </summary>
    internal static T FromStore<T>(string input, ICaseStore? store, Func<ICaseStore, CaseVersionRef, Task<T>> read)
    {
        var reference = ParseStoredCase(input);
        if (store is null)
        {
            throw new InputFormatException(new InputProblem(input, null, null, "a stored case needs a case store (--store or NETAN_STORE)"));
        }

        return read(store, reference).GetAwaiter().GetResult();
    }
    /// <summary>Reads the dataset folder <paramref name="folder"/>.</summary>
    /// <exception cref="InputFormatException">The folder is missing or a file in it is malformed.</exception>
    public static TransactionNetwork ReadDataset(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new InputFormatException(new InputProblem(folder, null, null, "no such dataset folder"));
        }

        return DatasetReader.Read(folder);
    }

    /// <summary>
    /// Reads a network from a dataset folder or any readable file format (by <paramref name="format"/>
    /// name, or by extension). <c>Directed</c> is false for formats that declare undirected edges.
    /// </summary>
    /// <param name="path">A dataset folder, a file, or <c>case:NAME[@VERSION]</c>.</param>
    /// <param name="format">The format's name, or null to choose by extension / folder.</param>
    /// <param name="options">Caps and settings of the file readers (e.g. <see cref="FormatReadOptions.Lenient"/>); null for the defaults.</param>
    /// <exception cref="InputFormatException">The input is missing, malformed or of an unknown format.</exception>
    /// <param name="store">The case store for <c>case:NAME[@VERSION]</c> inputs, or null.</param>
    public static (TransactionNetwork Network, bool Directed, IReadOnlyList<string> Warnings) ReadNetwork(string path, string? format = null, FormatReadOptions? options = null, ICaseStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (IsStoredCase(path))
        {
            return (FromStore(path, store, (s, r) => s.ReadNetworkAsync(r)), true, []);
        }

        if (format is null or "dataset" && Directory.Exists(path))
        {
            return (ReadDataset(path), true, []);
        }

        if (!File.Exists(path))
        {
            throw new InputFormatException(new InputProblem(path, null, null, "no such file or dataset folder"));
        }

        INetworkFormat reader;
        try
        {
            reader = format is null or "csv" ? NetworkFormats.ForPath(path) : NetworkFormats.ByName(format);
        }
        catch (ArgumentException ex)
        {
            throw new InputFormatException(new InputProblem(path, null, null, ex.Message));
        }

        if (!reader.CanRead)
        {
            throw new InputFormatException(new InputProblem(path, null, null, $"the {reader.Name} format can only be written, not read"));
        }

        var result = NetworkFormats.Read(path, reader.Name, options);
        return (result.Network, result.Directed, result.Warnings);
    }
}
