using System.CommandLine;
using NetworkAnalysis.Server.Hosting;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan serve [--urls U] [--store S]</c>: the HTTP service over a case store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen (default {ServerApp.DefaultUrls}: loopback only; put a TLS reverse proxy in front for other machines).", DefaultValueFactory = _ => ServerApp.DefaultUrls };
        var store = new Option<string?>("--store") { Description = "The case store: a SQLite file or a postgres:// URL (default: NETAN_STORE, else ~/.local/share/netan/cases.db)." };
        var command = new Command("serve", """
            Serve the HTTP API (cases, uploads, agents, every analysis, graph columns, jobs) with its OpenAPI
            document at /openapi/v1.json and a reference page at /scalar/v1. Settings also come from
            appsettings.json and NETAN_-style environment variables (see docs/service.md).
            Example: netan serve --urls http://127.0.0.1:5080 --store cases.db
            """);
        command.Options.Add(urls);
        command.Options.Add(store);
        command.SetAction(async (parse, ct) =>
        {
            var args = new List<string> { "--urls", parse.GetValue(urls)! };
            if (parse.GetValue(store) is { Length: > 0 } s)
            {
                args.AddRange(["--Netan:Store", s]);
            }

            await ServerApp.RunAsync([.. args]).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
