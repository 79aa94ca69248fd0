using System.Diagnostics;

namespace NetworkAnalysis.Cli.Tests;

/// <summary>Runs the built <c>netan</c> as a separate process, as a user would, and captures its output.</summary>
internal static class Netan
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args) => RunIn(null, args);

    public static Result RunIn(string? workingDirectory, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "netan.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("netan " + string.Join(' ', args) + " did not finish in 120 s");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A fresh temporary folder, deleted by the caller.</summary>
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "netan-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes a small valid dataset (a cell, an official, a migrant and a victim) and returns its folder.</summary>
    public static string SmallDataset(string parent)
    {
        var folder = Path.Combine(parent, "case");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "agents.csv"), """
            id,kind,name,country,groups,functions,sensitivity
            boss,person,Marco Ferri,IT,g1,coordination;financing,
            driver,person,"Ali, K.",TR,g1,transport,
            officer,official,Officer Papas,GR,,,
            m1,migrant,Samir Haddad,SY,,,
            v1,victim,Ana Popescu,RO,,,victim
            """);
        File.WriteAllText(Path.Combine(folder, "transactions.csv"), """
            id,source,target,kind,time,amount,currency,country,route,persons
            t1,m1,driver,fee,2024-01-10,3000,EUR,TR,,1
            t2,driver,m1,transport,2024-01-12,,,,TR>GR>IT,1
            t3,boss,officer,bribe,2024-01-05T10:00:00Z,500,EUR,GR,,
            t4,boss,driver,payment,2024-02-01,1000,EUR,IT,,
            t5,v1,boss,exploitation,2024-03-01,,,IT,,
            """);
        File.WriteAllText(Path.Combine(folder, "groups.csv"), "id,name,type\ng1,Ferri cell,small_enterprise\n");
        return folder;
    }
}
