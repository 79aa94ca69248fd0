using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Dataset;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.Application.Inputs;

/// <summary>
/// Converts a network between any readable and any writable format, including the dataset folder
/// format. Sensitive agents are pseudonymised in the output unless <c>reveal</c> is set. Output is
/// atomic: nothing is written when reading or writing fails.
/// </summary>
public static class NetworkConversion
{
    /// <summary>Reads <paramref name="input"/> and writes <paramref name="output"/>; returns the warnings (what the output format could not carry).</summary>
    /// <param name="input">A dataset folder or a file.</param>
    /// <param name="output">A file, or a folder for the <c>dataset</c> and <c>i2</c> formats.</param>
    /// <param name="from">Input format name, or null to choose by extension / folder.</param>
    /// <param name="to">Output format name, or null to choose by extension (no extension: dataset folder).</param>
    /// <param name="protection">How sensitive agents appear in the output.</param>
    /// <param name="lenient">FollowTheMoney and APOC input: count and skip unknown schemata and dangling links instead of failing.</param>
    public static IReadOnlyList<string> Convert(string input, string output, string? from, string? to, IdentityProtection protection, bool lenient = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(protection);
        var read = CaseInputs.ReadNetwork(input, from, lenient ? FormatReadOptions.Default with { Lenient = true } : null);
        var warnings = new List<string>(read.Warnings);
        var target = to ?? (Path.GetExtension(output).Length == 0 ? "dataset" : null);
        if (target == "dataset")
        {
            if (!read.Directed)
            {
                warnings.Add("the input's edges are undirected; the dataset format stores each as one transaction in the direction given in the file");
            }

            DatasetWriter.Write(NetworkRedaction.Protect(read.Network, protection), output);
            return warnings;
        }

        warnings.AddRange(NetworkFormats.Write(read.Network, output, target, new FormatWriteOptions { Protection = protection, Directed = read.Directed }));
        return warnings;
    }
}
