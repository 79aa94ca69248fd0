namespace NetworkAnalysis.Application.Storage;

/// <summary>Where a store is: its kind and the kind's own address.</summary>
/// <param name="Kind"><c>sqlite</c> or <c>postgres</c>.</param>
/// <param name="Target">For SQLite a file path; for PostgreSQL a <c>postgres://user[:password]@host[:port]/database</c> URL or an Npgsql connection string.</param>
public sealed record CaseStoreLocation(string Kind, string Target)
{
    /// <summary>The SQLite kind.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The PostgreSQL kind.</summary>
    public const string Postgres = "postgres";

    /// <summary>The environment variable naming the store when no <c>--store</c> is given.</summary>
    public const string EnvironmentVariable = "NETAN_STORE";

    /// <summary>
    /// Resolves what the user gave (<c>--store</c>), else <see cref="EnvironmentVariable"/>, else the default
    /// SQLite file <see cref="DefaultSqlitePath"/>. <c>postgres://</c> and <c>postgresql://</c> URLs and
    /// strings starting <c>Host=</c> are PostgreSQL; anything else is a SQLite file path.
    /// </summary>
    public static CaseStoreLocation Resolve(string? given)
    {
        var spec = given is { Length: > 0 } ? given : Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (spec is not { Length: > 0 })
        {
            return new CaseStoreLocation(Sqlite, DefaultSqlitePath());
        }

        if (spec.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || spec.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || spec.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return new CaseStoreLocation(Postgres, spec);
        }

        return new CaseStoreLocation(Sqlite, Path.GetFullPath(spec));
    }

    /// <summary>
    /// The default store file: <c>netan/cases.db</c> under the user's data directory
    /// (<c>$XDG_DATA_HOME</c>, else <c>~/.local/share</c> on Linux; <c>%LOCALAPPDATA%</c> on Windows).
    /// </summary>
    public static string DefaultSqlitePath()
    {
        var root = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (root.Length == 0)
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(root, "netan", "cases.db");
    }

    /// <summary>The location as it may be printed: a PostgreSQL password is masked.</summary>
    public override string ToString() => Kind == Postgres ? $"{Kind}:{MaskPassword(Target)}" : $"{Kind}:{Target}";

    private static string MaskPassword(string target)
    {
        if (Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            var user = uri.UserInfo[..uri.UserInfo.IndexOf(':', StringComparison.Ordinal)];
            return target.Replace(uri.UserInfo, user + ":***", StringComparison.Ordinal);
        }

        var parts = target.Split(';');
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase))
            {
                parts[i] = "Password=***";
            }
        }

        return string.Join(';', parts);
    }
}
