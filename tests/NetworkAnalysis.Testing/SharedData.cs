using NUnit.Framework;

namespace NetworkAnalysis.Testing;

/// <summary>
/// Locates the team's shared data folder (<c>../shared</c> next to the repository, or the folder in
/// the <c>NETAN_SHARED</c> environment variable). Tests that need it call <see cref="Require"/>,
/// which marks the test ignored on a fresh clone that has no shared folder.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> _root = new(Find);

    /// <summary>The shared folder, or null when it is absent.</summary>
    public static string? Root => _root.Value;

    /// <summary>The path of <paramref name="relative"/> inside the shared folder; ignores the test when absent.</summary>
    public static string Require(string relative)
    {
        if (Root is null)
        {
            Assert.Ignore("../shared is not present; skipping a test that needs shared data.");
        }

        var path = Path.Combine(Root!, relative);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Ignore($"shared data '{relative}' is not present; skipping.");
        }

        return path;
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("NETAN_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NetworkAnalysis.sln")))
            {
                var candidate = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                return Directory.Exists(Path.Combine(candidate, "data")) ? candidate : null;
            }

            dir = dir.Parent;
        }

        return null;
    }

    /// <summary>The repository root (the folder holding NetworkAnalysis.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NetworkAnalysis.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }
}
