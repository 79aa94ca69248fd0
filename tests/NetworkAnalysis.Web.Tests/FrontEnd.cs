using System.Diagnostics;
using NetworkAnalysis.Testing;

namespace NetworkAnalysis.Web.Tests;

/// <summary>The web/ folder and the tools to run its scripts.</summary>
internal static class FrontEnd
{
    public static string Directory => Path.Combine(SharedData.RepositoryRoot, "web");

    /// <summary>Runs a command in web/; ignores the test when the command is not installed.</summary>
    public static (int ExitCode, string Output) Run(string command, string arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["NO_COLOR"] = "1";
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore($"{command} is not installed; the web front end needs Node.js 20.19 or later.");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{command} {arguments} did not finish in {timeout.TotalSeconds:0} s");
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }
}
