using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FluentAssertions;

namespace NetworkAnalysis.Testing;

/// <summary>
/// The built <c>netan</c> (<c>netan.dll</c> next to the test assembly, from a project reference to the CLI) run as
/// separate processes, as a user would: one-shot commands, <c>netan users add</c>, and <c>netan serve</c> on a
/// loopback port.
/// </summary>
public static class NetanProcesses
{
    /// <summary>The CLI assembly the tests run.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "netan.dll");

    /// <summary>Runs <c>netan ARGS</c> to the end (2 minutes at most) and returns its exit code and output.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var process = Process.Start(Info(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("netan " + string.Join(' ', args));
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Creates user <paramref name="name"/> with <paramref name="role"/> in <paramref name="store"/> with
    /// <c>netan users add</c> and returns the API key it prints once. The service denies by default, so tests act as
    /// such a user.
    /// </summary>
    public static string AddUser(string store, string name = "tester", string role = "supervisor")
    {
        var (code, stdout, stderr) = Run("users", "add", name, "--role", role, "--store", store);
        code.Should().Be(0, stderr);
        return stdout.Trim();
    }

    /// <summary>Starts <c>netan serve</c> on <paramref name="address"/> over <paramref name="store"/>, with extra environment variables (e.g. <c>Netan__JobLeaseSeconds</c>).</summary>
    public static Process StartServe(string store, Uri address, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        var info = Info(["serve", "--urls", address.ToString().TrimEnd('/'), "--store", store]);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Polls <c>/health/ready</c> until it answers 200; fails when the process exits or <paramref name="timeout"/> passes.</summary>
    public static async Task WaitReadyAsync(Uri address, Process process, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(process);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"netan serve on {address} did not become ready (exited: {process.HasExited})");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Kills a server (SIGKILL, no clean-up: as a crash or the OOM killer would) and waits for it.</summary>
    public static async Task KillAsync(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>A free TCP port on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ProcessStartInfo Info(IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }
}
