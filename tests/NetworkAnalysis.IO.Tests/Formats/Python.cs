using System.Diagnostics;

namespace NetworkAnalysis.IO.Tests.Formats;

/// <summary>Runs python3 scripts for peer checks; tests are ignored when python3 or NetworkX is missing.</summary>
internal static class Python
{
    private static readonly Lazy<bool> _hasNetworkX = new(() => Run("import networkx", [], out _, out _, TimeSpan.FromSeconds(60)) == 0);

    /// <summary>Ignores the calling test unless <c>python3 -c "import networkx"</c> works.</summary>
    public static void RequireNetworkX()
    {
        if (!_hasNetworkX.Value)
        {
            Assert.Ignore("python3 with networkx is not available (CI installs python3-networkx).");
        }
    }

    /// <summary>Runs <paramref name="script"/> with arguments; returns the exit code.</summary>
    public static int Run(string script, IEnumerable<string> args, out string stdout, out string stderr, TimeSpan? timeout = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"netan-{Guid.NewGuid():N}.py");
        File.WriteAllText(file, script);
        try
        {
            var start = new ProcessStartInfo("python3")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(file);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["PYTHONIOENCODING"] = "utf-8";
            using var process = Process.Start(start);
            if (process is null)
            {
                stdout = stderr = string.Empty;
                return -1;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("python3 did not finish in time");
            }

            stdout = output.Result;
            stderr = error.Result;
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            stdout = stderr = string.Empty;
            return -1;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
