using System.CommandLine;
using NetworkAnalysis.Application.Inputs;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Storage.Postgres;
using NetworkAnalysis.Storage.Sqlite;

namespace NetworkAnalysis.Cli.Commands;

/// <summary>
/// The global <c>--store</c> option and how the CLI opens a case store: through the Application's
/// <see cref="CaseStoreOpener"/> (which resolves <c>--store</c>, then <c>NETAN_STORE</c>, then the default file)
/// with the two store providers. A store is opened only when a command needs one.
/// </summary>
internal static class StoreOptions
{
    public const string Name = "--store";

    private static readonly CaseStoreOpener Opener = new([new SqliteCaseStoreProvider(), new PostgresCaseStoreProvider()]);

    /// <summary>A fresh <c>--store</c> option for the root command (recursive: every sub-command accepts it).</summary>
    public static Option<string?> Create() => new(Name)
    {
        Description = "Case store: a SQLite file path, or postgres://user@host:port/db (default: NETAN_STORE, else ~/.local/share/netan/cases.db).",
        Recursive = true,
    };

    /// <summary>Opens the store the command line names.</summary>
    public static ICaseStore Open(ParseResult parse, CancellationToken cancellationToken) =>
        Opener.OpenAsync(Spec(parse), cancellationToken).GetAwaiter().GetResult();

    /// <summary>Opens the store when <paramref name="input"/> is a <c>case:</c> reference; null otherwise (no file is created).</summary>
    public static ICaseStore? OpenFor(ParseResult parse, string input, CancellationToken cancellationToken) =>
        CaseInputs.IsStoredCase(input) ? Open(parse, cancellationToken) : null;

    /// <summary>Opens the store when any of <paramref name="inputs"/> is a <c>case:</c> reference; null otherwise.</summary>
    public static ICaseStore? OpenForAny(ParseResult parse, IEnumerable<string> inputs, CancellationToken cancellationToken) =>
        inputs.Any(CaseInputs.IsStoredCase) ? Open(parse, cancellationToken) : null;

    /// <summary>Closes a store opened by <see cref="Open"/> or <see cref="OpenFor"/>.</summary>
    public static void Close(ICaseStore? store) => store?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static string? Spec(ParseResult parse)
    {
        var option = parse.RootCommandResult.Command.Options.OfType<Option<string?>>().FirstOrDefault(o => o.Name == Name);
        return option is null ? null : parse.GetValue(option);
    }
}
