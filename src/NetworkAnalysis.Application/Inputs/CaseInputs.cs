using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Dataset;

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
}
