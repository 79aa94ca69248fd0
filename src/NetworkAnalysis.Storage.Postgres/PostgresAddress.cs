using Npgsql;

namespace NetworkAnalysis.Storage.Postgres;

/// <summary>Turns a <c>postgres://user[:password]@host[:port]/database</c> URL (or an Npgsql connection string) into a connection string.</summary>
internal static class PostgresAddress
{
    public static NpgsqlConnectionStringBuilder Parse(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (!target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new NpgsqlConnectionStringBuilder(target);
        }

        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new ArgumentException("a PostgreSQL store is given as postgres://user[:password]@host[:port]/database");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : "netan",
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        return builder;
    }

    /// <summary>host:port/database as it may be printed (never the password).</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
}
