using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NUnit.Framework;

namespace NetworkAnalysis.Testing;

/// <summary>
/// A throwaway PostgreSQL 15 cluster for tests: <c>initdb</c> into a temporary folder (as the
/// <c>postgres</c> user when running as root, since initdb refuses root), a free port on 127.0.0.1, its own
/// socket folder, durability off for speed; <see cref="Dispose"/> stops it (<c>pg_ctl stop -m fast</c>) and
/// deletes the folder. Local socket connections are trusted; TCP connections need the password
/// <see cref="Password"/>, so a wrong password can be tested. Tests call <see cref="StartOrIgnore"/>, which
/// marks the test ignored, naming the package to install, when the server binaries are absent.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    /// <summary>The superuser's password over TCP.</summary>
    public const string Password = "netan-test-password";

    private static readonly string[] BinFolders = ["/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"];

    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgres;

    private PostgresCluster(string bin, string folder, int port, bool asPostgres)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
        _asPostgres = asPostgres;
    }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>A <c>postgres://</c> URL for <paramref name="database"/> with the right password.</summary>
    public string Url(string database) => $"postgres://postgres:{Password}@127.0.0.1:{Port}/{database}";

    /// <summary>Starts a cluster, or ignores the calling test (saying what to install) when PostgreSQL is not installed.</summary>
    public static PostgresCluster StartOrIgnore()
    {
        var bin = BinFolders.FirstOrDefault(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")));
        if (bin is null)
        {
            Assert.Ignore("PostgreSQL server binaries not found (/usr/lib/postgresql/15/bin): install the Debian package postgresql-15 to run these tests.");
        }

        var asPostgres = Environment.UserName == "root";
        var folder = Directory.CreateTempSubdirectory("netan-pg-").FullName;
        if (asPostgres)
        {
            Run("chown", ["postgres:postgres", folder]);
        }

        var cluster = new PostgresCluster(bin!, folder, FreePort(), asPostgres);
        try
        {
            var passwordFile = Path.Combine(folder, "pw");
            File.WriteAllText(passwordFile, Password);
            if (asPostgres)
            {
                Run("chown", ["postgres:postgres", passwordFile]);
            }

            cluster.Pg("initdb", ["-D", cluster.Data, "-U", "postgres", "-E", "UTF8", "--no-locale", "--auth-local=trust", "--auth-host=scram-sha-256", "--pwfile=" + passwordFile]);
            cluster.Pg("pg_ctl", ["-D", cluster.Data, "-l", Path.Combine(folder, "server.log"), "-w", "-o",
                $"-p {cluster.Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"]);
        }
        catch
        {
            cluster.Dispose();
            throw;
        }

        return cluster;
    }

    /// <summary>Creates a database (over the trusted local socket).</summary>
    public void CreateDatabase(string name) =>
        Pg("psql", ["-h", _folder, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-qc", $"CREATE DATABASE \"{name}\""]);

    /// <summary>Runs SQL in <paramref name="database"/> as the superuser.</summary>
    public string Sql(string database, string sql) =>
        Pg("psql", ["-h", _folder, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-d", database, "-qAtc", sql]);

    /// <summary>Stops the server and removes its folder.</summary>
    public void Dispose()
    {
        try
        {
            if (File.Exists(Path.Combine(Data, "postmaster.pid")))
            {
                Pg("pg_ctl", ["-D", Data, "-m", "fast", "-w", "stop"]);
            }
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string Data => Path.Combine(_folder, "data");

    private string Pg(string tool, IReadOnlyList<string> arguments) =>
        _asPostgres
            ? Run("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
            : Run(Path.Combine(_bin, tool), arguments);

    private static string Run(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish in 2 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}");
        }

        return output.Result;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
