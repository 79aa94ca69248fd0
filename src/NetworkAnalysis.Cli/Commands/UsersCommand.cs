using System.CommandLine;
using System.Globalization;
using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Server.Security;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan users add|list|revoke|grant|key</c>: the service's users, keys and case grants, kept in the case store.</summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", """
            Manage who may use `netan serve`: users with API keys (shown once, stored only as a salted hash),
            a role (viewer, analyst, supervisor, admin) and the cases granted to them (see docs/security.md).
            Example: netan users add alice --role analyst --case mare --store cases.db
            """);
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Revoke());
        command.Subcommands.Add(Grant());
        command.Subcommands.Add(Key());
        return command;
    }

    internal static Option<string?> StoreOption() =>
        new("--store") { Description = "The case store: a SQLite file (default: NETAN_STORE, else ~/.local/share/netan/cases.db)." };

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "The user name (letters, digits, '-', '_', '.')." };
        var role = RoleOption(required: true);
        var cases = new Option<string[]>("--case") { Description = "A case to grant with the role (repeatable).", AllowMultipleArgumentsPerToken = false };
        var expires = ExpiresOption();
        var store = StoreOption();
        var command = new Command("add", "Add a user and print its API key once. The first user should be --role admin.") { name, role, cases, expires, store };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(store), async s =>
        {
            var issued = await UserAdministration.AddUserAsync(s, parse.GetValue(name)!, parse.GetValue(role)!.Value, parse.GetValue(cases) ?? [], parse.GetValue(expires), DateTimeOffset.UtcNow, ct).ConfigureAwait(false);
            PrintKey(issued);
        }));
        return command;
    }

    private static Command List()
    {
        var store = StoreOption();
        var command = new Command("list", "List users: name, role, state and granted cases (never keys).") { store };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(store), async s =>
        {
            foreach (var user in await s.ListUsersAsync(ct).ConfigureAwait(false))
            {
                var grants = string.Join(", ", user.Grants.Select(g => g.Case + ":" + RoleWords.Format(g.Role)));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{user.Name}\t{RoleWords.Format(user.Role)}\t{(user.Revoked is null ? "active" : "revoked")}\t{grants}"));
            }
        }));
        return command;
    }

    private static Command Revoke()
    {
        var name = new Argument<string>("name") { Description = "The user to revoke (every key of it stops working at once)." };
        var store = StoreOption();
        var command = new Command("revoke", "Revoke a user and all its keys (kept for the audit trail).") { name, store };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(store), async s =>
        {
            if (!await s.RevokeUserAsync(parse.GetValue(name)!, DateTimeOffset.UtcNow, ct).ConfigureAwait(false))
            {
                throw new AccessStoreException($"no user '{parse.GetValue(name)}'");
            }

            Console.WriteLine($"revoked {parse.GetValue(name)}");
        }));
        return command;
    }

    private static Command Grant()
    {
        var name = new Argument<string>("name") { Description = "The user." };
        var caseName = new Option<string>("--case") { Description = "The case.", Required = true };
        var role = RoleOption(required: true);
        var store = StoreOption();
        var command = new Command("grant", "Grant a case to a user as viewer, analyst or supervisor (again to change the role).") { name, caseName, role, store };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(store), async s =>
        {
            await s.GrantAsync(parse.GetValue(name)!, new CaseGrant(parse.GetValue(caseName)!, parse.GetValue(role)!.Value), ct).ConfigureAwait(false);
            Console.WriteLine($"granted {parse.GetValue(caseName)} to {parse.GetValue(name)}");
        }));
        return command;
    }

    private static Command Key()
    {
        var name = new Argument<string>("name") { Description = "The user." };
        var expires = ExpiresOption();
        var store = StoreOption();
        var command = new Command("key", "Issue another key for a user and print it once (rotation: switch clients to it, then revoke the old key through the API).") { name, expires, store };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(store), async s =>
            PrintKey(await UserAdministration.AddKeyAsync(s, parse.GetValue(name)!, parse.GetValue(expires), DateTimeOffset.UtcNow, ct).ConfigureAwait(false))));
        return command;
    }

    private static Option<Role?> RoleOption(bool required) => new("--role")
    {
        Description = "viewer, analyst, supervisor or admin.",
        Required = required,
        CustomParser = result => RoleWords.Parse(result.Tokens.SingleOrDefault()?.Value) is { } r ? r : Fail(result),
    };

    private static Role? Fail(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError("--role: expected viewer, analyst, supervisor or admin");
        return null;
    }

    private static Option<int?> ExpiresOption() => new("--expires-days") { Description = "The key stops working after this many days (default: never; rotate keys regularly)." };

    private static void PrintKey(IssuedKey issued)
    {
        Console.WriteLine(issued.Key);
        Console.Error.WriteLine($"netan: key {issued.KeyId} for {issued.User}{(issued.Expires is { } e ? " (expires " + e.ToString("u", CultureInfo.InvariantCulture) + ")" : "")}: shown once, store it now (send it as Authorization: Bearer KEY)");
    }

    internal static async Task<int> RunAsync(string? storeSpec, Func<ISecurityStore, Task> action)
    {
        try
        {
            await using var store = await SecurityServices.OpenStoreAsync(storeSpec).ConfigureAwait(false);
            await action(store).ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is AccessStoreException or CaseStoreUnavailableException)
        {
            await Console.Error.WriteLineAsync("netan: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
    }
}
