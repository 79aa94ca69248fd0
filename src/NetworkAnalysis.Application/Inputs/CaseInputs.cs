using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Dataset;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.Application.Inputs;

/// <summary>Reads cases (dataset folders in format v1) for the analyses.</summary>
public static class CaseInputs
{
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
    /// <param name="path">A dataset folder or a file.</param>
    /// <param name="format">The format's name, or null to choose by extension / folder.</param>
    /// <param name="options">Caps and settings of the file readers (e.g. <see cref="FormatReadOptions.Lenient"/>); null for the defaults.</param>
    /// <exception cref="InputFormatException">The input is missing, malformed or of an unknown format.</exception>
    public static (TransactionNetwork Network, bool Directed, IReadOnlyList<string> Warnings) ReadNetwork(string path, string? format = null, FormatReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
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

        var result = NetworkFormats.Read(path, reader.Name, options);
        return (result.Network, result.Directed, result.Warnings);
    }
}
