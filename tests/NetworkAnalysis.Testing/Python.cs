using System.Diagnostics;
using NUnit.Framework;

namespace NetworkAnalysis.Testing;

/// <summary>Runs Python reference scripts (NetworkX) for the oracle tests.</summary>
public static class Python
{
    /// <summary>
    /// Runs <c>python3 script args</c> (the system Python, <c>/usr/bin/python3</c>, when present: it has
    /// Debian's NetworkX) and returns stdout. Ignores the test when python3 is missing or the script exits
    /// with code 3 (its way of saying NetworkX is missing); fails it on any other error.
    /// </summary>
    public static string Run(string script, params string[] args)
    {
        var info = new ProcessStartInfo(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(script);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        Process? process;
        try
        {
            process = Process.Start(info);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("python3 is not installed");
            return string.Empty;
        }

        if (process is null)
        {
            Assert.Ignore("python3 could not be started");
            return string.Empty;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode == 3)
            {
                Assert.Ignore("NetworkX is not installed for python3");
            }

            if (process.ExitCode != 0)
            {
                Assert.Fail($"python3 {Path.GetFileName(script)} failed: {stderr}");
            }

            return stdout.Result;
        }
    }
}
