using System.Globalization;

namespace Embedding;

/// <summary>The sample's command line: which dataset, which store file, how long it may run.</summary>
internal sealed record SampleSettings(string Dataset, string Store, TimeSpan? Timeout)
{
    public static SampleSettings? Parse(string[] args)
    {
        string? dataset = null;
        var store = Path.Combine(Path.GetTempPath(), "netan-embedding-sample.db");
        TimeSpan? timeout = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--store" when i + 1 < args.Length:
                    store = args[++i];
                    break;
                case "--timeout" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
                    timeout = TimeSpan.FromSeconds(seconds);
                    i++;
                    break;
                case var value when !value.StartsWith("--", StringComparison.Ordinal) && dataset is null:
                    dataset = value;
                    break;
                default:
                    return null;
            }
        }

        dataset ??= FindSampleCase();
        return dataset is null ? null : new SampleSettings(Path.GetFullPath(dataset), Path.GetFullPath(store), timeout);
    }

    /// <summary>The repository's sample case, looked for above the working directory; null when copied elsewhere.</summary>
    private static string? FindSampleCase()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "operation-mare-nostrum");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
