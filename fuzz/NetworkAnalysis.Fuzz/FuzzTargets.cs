using NetworkAnalysis.Classification;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Dataset;
using NetworkAnalysis.IO.EdgeLists;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.Fuzz;

/// <summary>
/// The fuzz targets: one per reader format, the edge-list reader the analyses load through, the
/// dataset loader and the model loader. A target feeds bytes to the product's public reading API;
/// the one failure a reader may raise is its documented clean error (<see cref="InputFormatException"/>,
/// or <see cref="FormatException"/> for a model stream). Any other exception escapes and is a crash.
/// </summary>
public static class FuzzTargets
{
    /// <summary>Separates the files of a dataset input: agents, transactions, then optional groups.</summary>
    public const byte DatasetSeparator = 0;

    private static readonly Dictionary<string, Action<byte[]>> _targets = Build();

    /// <summary>Every target's name (the folder names under fuzz/corpus and fuzz/regressions).</summary>
    public static IReadOnlyCollection<string> Names => _targets.Keys;

    /// <summary>Runs target <paramref name="name"/> on <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException">No target has that name.</exception>
    public static void Run(string name, byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!_targets.TryGetValue(name, out var target))
        {
            throw new ArgumentException($"unknown target '{name}'; targets: {string.Join(", ", Names)}", nameof(name));
        }

        target(data);
    }

    private static Dictionary<string, Action<byte[]>> Build()
    {
        var targets = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal);
        foreach (var format in NetworkFormats.All)
        {
            if (format.CanRead)
            {
                targets[format.Name] = data => Expect<InputFormatException>(() =>
                {
                    using var stream = new MemoryStream(data, writable: false);
                    format.Read(stream, "fuzz-input", FormatReadOptions.Default, CancellationToken.None);
                });
            }
        }

        targets["edges"] = data => Expect<InputFormatException>(() =>
        {
            using var stream = new MemoryStream(data, writable: false);
            EdgeListReader.Read(stream, "fuzz-input", csv: false);
        });
        targets["edges-csv"] = data => Expect<InputFormatException>(() =>
        {
            using var stream = new MemoryStream(data, writable: false);
            EdgeListReader.Read(stream, "fuzz-input.csv", csv: true);
        });
        targets["dataset"] = data => Expect<InputFormatException>(() => DatasetReader.Read(DatasetFolder.Fill(data)));
        targets["model"] = data => Expect<FormatException>(() =>
        {
            using var stream = new MemoryStream(data, writable: false);
            GroupModel.Load(stream);
        });
        return targets;
    }

    private static void Expect<TClean>(Action read)
        where TClean : Exception
    {
        try
        {
            read();
        }
        catch (TClean)
        {
            // The documented, clean failure: the input was refused with a message.
        }
    }
}
