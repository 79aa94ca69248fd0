namespace NetworkAnalysis.Fuzz;

/// <summary>
/// One scratch dataset folder per process, refilled for each input: the input's bytes up to the
/// first <see cref="FuzzTargets.DatasetSeparator"/> are agents.csv, up to the second transactions.csv,
/// the rest groups.csv (absent when there is no second separator).
/// </summary>
internal static class DatasetFolder
{
    private static readonly string Folder = CreateFolder();

    public static string Fill(byte[] data)
    {
        var first = Array.IndexOf(data, FuzzTargets.DatasetSeparator);
        var second = first < 0 ? -1 : Array.IndexOf(data, FuzzTargets.DatasetSeparator, first + 1);
        var agentsEnd = first < 0 ? data.Length : first;
        var transactionsEnd = second < 0 ? data.Length : second;
        File.WriteAllBytes(Path.Combine(Folder, "agents.csv"), data[..agentsEnd]);
        File.WriteAllBytes(Path.Combine(Folder, "transactions.csv"), first < 0 ? [] : data[(first + 1)..transactionsEnd]);
        var groups = Path.Combine(Folder, "groups.csv");
        if (second < 0)
        {
            File.Delete(groups);
        }
        else
        {
            File.WriteAllBytes(groups, data[(second + 1)..]);
        }

        return Folder;
    }

    private static string CreateFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"netan-fuzz-dataset-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
