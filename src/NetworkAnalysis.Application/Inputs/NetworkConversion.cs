using NetworkAnalysis.Application.Options;
using NetworkAnalysis.Application.Storage;
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
    /// <param name="store">The case store for a <c>case:NAME[@VERSION]</c> input, or null.</param>
    public static IReadOnlyList<string> Convert(string input, string output, string? from, string? to, IdentityProtection protection, bool lenient = false, ICaseStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(protection);
        var target = to ?? (Path.GetExtension(output).Length == 0 ? "dataset" : null);
        if (target != "dataset")
        {
            CheckWritable(output, target);
        }

        var read = CaseInputs.ReadNetwork(input, from, lenient ? FormatReadOptions.Default with { Lenient = true } : null, store);
        var warnings = new List<string>(read.Warnings);
        warnings.AddRange(Write(read.Network, read.Directed, output, to, protection));
        return warnings;
    }

    /// <summary>
    /// Writes <paramref name="network"/> to <paramref name="output"/> (a file, or a folder for the <c>dataset</c>
    /// and <c>i2</c> formats), sensitive agents pseudonymised unless revealed; returns the warnings. Atomic.
    /// </summary>
    public static IReadOnlyList<string> Write(TransactionNetwork network, bool directed, string output, string? to, IdentityProtection protection)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(protection);
        var warnings = new List<string>();
        var target = to ?? (Path.GetExtension(output).Length == 0 ? "dataset" : null);
        if (target == "dataset")
        {
            if (!directed)
            {
                warnings.Add("the input's edges are undirected; the dataset format stores each as one transaction in the direction given in the file");
            }

            DatasetWriter.Write(NetworkRedaction.Protect(network, protection), output);
            return warnings;
        }

        warnings.AddRange(NetworkFormats.Write(network, output, target, new FormatWriteOptions { Protection = protection, Directed = directed }));
        return warnings;
    }

    /// <summary>Fails before any work when the output format is unknown or can only be read.</summary>
    private static void CheckWritable(string output, string? format)
    {
        INetworkFormat writer;
        try
        {
            writer = format is null ? NetworkFormats.ForPath(output) : NetworkFormats.ByName(format);
        }
        catch (ArgumentException ex)
        {
            throw new OptionException("to", ex.Message);
        }

        if (!writer.CanWrite)
        {
            var writable = string.Join(", ", NetworkFormats.All.Where(f => f.CanWrite).Select(f => f.Name).Prepend("dataset"));
            throw new OptionException("to", $"{output}: the {writer.Name} format can only be read; formats that can be written: {writable}");
        }
    }
}
