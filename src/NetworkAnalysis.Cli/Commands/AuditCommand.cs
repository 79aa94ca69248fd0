using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Cli.Output;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan audit verify|export</c>: check the audit log's hash chain, or write it as JSON lines.</summary>
internal static class AuditCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Command Create()
    {
        var command = new Command("audit", """
            The service's audit log: one hash-chained entry per request that touched case data.
            Example: netan audit verify --store cases.db
            """);
        command.Subcommands.Add(Verify());
        command.Subcommands.Add(Export());
        return command;
    }

    private static Command Verify()
    {
        var store = UsersCommand.StoreOption();
        var command = new Command("verify", "Check every link of the chain; print the first broken entry and exit 1 if any.") { store };
        command.SetAction(async (parse, ct) =>
        {
            AuditVerification? result = null;
            var code = await UsersCommand.RunAsync(parse.GetValue(store), async s => result = await AuditChain.VerifyAsync(s.ReadAllAsync(ct), ct).ConfigureAwait(false)).ConfigureAwait(false);
            if (code != ExitCodes.Ok || result is null)
            {
                return code;
            }

            if (result.Intact)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit log intact: {result.Verified} entries"));
                return ExitCodes.Ok;
            }

            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"netan: audit log broken at entry {result.BrokenAt}: {result.Problem} ({result.Verified} entries before it are intact)")).ConfigureAwait(false);
            return ExitCodes.BadInput;
        });
        return command;
    }

    private static Command Export()
    {
        var store = UsersCommand.StoreOption();
        var output = CommonOptions.OutFile();
        var command = new Command("export", "Write every entry as one JSON object per line (to --out or stdout), in chain order.") { store, output };
        command.SetAction((parse, ct) => UsersCommand.RunAsync(parse.GetValue(store), async s =>
        {
            var lines = new List<string>();
            await foreach (var entry in s.ReadAllAsync(ct).ConfigureAwait(false))
            {
                lines.Add(JsonSerializer.Serialize(entry, Json));
            }

            OutputTarget.Write(parse.GetValue(output), w =>
            {
                foreach (var line in lines)
                {
                    w.WriteLine(line);
                }
            });
        }));
        return command;
    }
}
