using System.CommandLine;
using System.Globalization;
using NetworkAnalysis.Application.Inputs;
using NetworkAnalysis.Application.Results;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Cli.Output;

namespace NetworkAnalysis.Cli.Commands;

/// <summary>
/// <c>netan cases create|list|show|import|versions|merge|delete|export</c>: cases kept in a case store
/// (SQLite file by default, PostgreSQL with <c>--store postgres://...</c>). Each sub-command is one store call.
/// </summary>
internal static class CasesCommand
{
    public static Command Create()
    {
        var command = new Command("cases", """
            Keep cases in a case store: every import is a new, immutable version (case:NAME@3), and every
            analysis command reads a stored case with case:NAME[@VERSION] where it reads a folder.
            Store: --store FILE or --store postgres://user@host:port/db (default: NETAN_STORE, else the
            user's data folder). Example: netan cases import mare samples/operation-mare-nostrum
            """);
        command.Subcommands.Add(CreateCase());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Versions());
        command.Subcommands.Add(Merge());
        command.Subcommands.Add(Delete());
        command.Subcommands.Add(Export());
        return command;
    }

    private static Argument<string> CaseName() => new("case") { Description = "The case name." };

    private static Argument<string> CaseVersion() => new("case") { Description = "The case, NAME or NAME@VERSION (default: the latest version)." };

    private static Command CreateCase()
    {
        var name = CaseName();
        var description = new Option<string>("--description") { Description = "What the case is about.", DefaultValueFactory = _ => string.Empty };
        var classification = new Option<string>("--classification") { Description = "Classification level, e.g. OFFICIAL-SENSITIVE.", DefaultValueFactory = _ => string.Empty };
        var owner = new Option<string>("--owner") { Description = "Owner (default: the current user).", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("create", "Create an empty case.\nExample: netan cases create mare --classification OFFICIAL-SENSITIVE") { name, description, classification, owner };
        command.SetAction((parse, ct) => WithStore(parse, ct, store =>
        {
            var created = store.CreateCaseAsync(new NewCase(parse.GetValue(name)!, parse.GetValue(description)!, parse.GetValue(classification)!, parse.GetValue(owner)!), ct).GetAwaiter().GetResult();
            Console.Error.WriteLine($"netan: created case '{created.Name}' in {store.Description}");
        }));
        return command;
    }

    private static Command List()
    {
        var format = CommonOptions.Format();
        var command = new Command("list", "List the cases: name, latest version, owner, classification, created.\nExample: netan cases list") { format };
        command.SetAction((parse, ct) => WithStore(parse, ct, store =>
        {
            var cases = store.ListCasesAsync(ct).GetAwaiter().GetResult();
            ResultTableWriter.Write(Console.Out, parse.GetValue(format), new ResultTable(["case", "latest_version", "owner", "classification", "created", "description"],
                cases.Select(c => new object?[] { c.Name, c.LatestVersion, c.Owner, c.Classification, Time(c.CreatedAt), c.Description })));
        }));
        return command;
    }

    private static Command Show()
    {
        var reference = CaseVersion();
        var command = new Command("show", "Show a case and a summary of one version (counts, time span).\nExample: netan cases show mare@1") { reference };
        command.SetAction((parse, ct) => WithStore(parse, ct, store =>
        {
            var version = CaseReference(parse.GetValue(reference)!);
            var found = store.FindCaseAsync(version.Case, ct).GetAwaiter().GetResult() ?? throw new CaseNotFoundException($"no case named '{version.Case}'");
            var rows = new List<object?[]>
            {
                new object?[] { "case", found.Name },
                new object?[] { "description", found.Description },
                new object?[] { "classification", found.Classification },
                new object?[] { "owner", found.Owner },
                new object?[] { "created", Time(found.CreatedAt) },
                new object?[] { "latest_version", found.LatestVersion },
            };
            if (found.LatestVersion > 0)
            {
                var summary = store.SummarizeAsync(version, ct).GetAwaiter().GetResult();
                var v = summary.Version;
                rows.Add(["version", v.Version]);
                rows.Add(["operation", v.Operation]);
                rows.Add(["created_by", v.CreatedBy]);
                rows.Add(["created_at", Time(v.CreatedAt)]);
                rows.Add(["source_files", string.Join(';', v.SourceFiles)]);
                rows.Add(["agents", summary.Agents]);
                rows.Add(["transactions", summary.Transactions]);
                rows.Add(["groups", summary.Groups]);
                rows.Add(["ties", summary.Ties]);
                rows.Add(["sensitive_agents", summary.SensitiveAgents]);
                rows.Add(["first_time", summary.FirstTime is { } first ? Time(first) : string.Empty]);
                rows.Add(["last_time", summary.LastTime is { } last ? Time(last) : string.Empty]);
                rows.Add(["content_hash", v.ContentHash]);
            }

            ResultTableWriter.Write(Console.Out, ResultFormat.Tsv, new ResultTable(["field", "value"], rows));
        }));
        return command;
    }

    private static Command Import()
    {
        var name = CaseName();
        var input = new Argument<string>("input") { Description = "A dataset folder, any file netan reads (GraphML, GEXF, JSON, Pajek, ...), or a version of another stored case case:NAME[@VERSION]." };
        var inputFormat = new Option<string?>("--input-format") { Description = "Format of <input> when its extension does not tell." };
        var append = new Option<bool>("--append") { Description = "Add to the latest version instead of replacing it (an id already stored with other content is an error)." };
        var by = new Option<string>("--by") { Description = "Who imports (default: the current user).", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("import", """
            Import data as a new version of a case (replacing the latest version's content, or --append).
            All or nothing: a bad row anywhere (named by file, line and column) leaves the case unchanged.
            Example: netan cases import mare samples/operation-mare-nostrum
            """)
        {
            name, input, inputFormat, append, by,
        };
        command.SetAction((parse, ct) =>
        {
            var path = parse.GetValue(input)!;
            return CommandRunner.Run(() =>
            {
                // Read and validate everything before the store is written: a bad file never opens a write.
                // Only a stored case as input (copying a version into another case) needs the store first.
                var store = StoreOptions.OpenFor(parse, path, ct);
                try
                {
                    var (network, _, warnings) = CaseInputs.ReadNetwork(path, parse.GetValue(inputFormat), store: store);
                    foreach (var warning in warnings)
                    {
                        Console.Error.WriteLine("netan: warning: " + warning);
                    }

                    store ??= StoreOptions.Open(parse, ct);
                    var request = new ImportRequest(parse.GetValue(append) ? ImportMode.Append : ImportMode.Replace, parse.GetValue(by)!, SourceFiles(path));
                    var info = store.ImportAsync(parse.GetValue(name)!, network, request, ct).GetAwaiter().GetResult();
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"netan: {info.Case}@{info.Version}: {info.Operation} of {info.ImportedRows} rows; the version has {info.Agents} agents, {info.Transactions} transactions, {info.Groups} groups, {info.Ties} ties"));
                }
                finally
                {
                    StoreOptions.Close(store);
                }

                return ExitCodes.Ok;
            }, ct);
        });
        return command;
    }

    private static Command Versions()
    {
        var name = CaseName();
        var format = CommonOptions.Format();
        var command = new Command("versions", "List a case's versions: who, when, what, source files, counts, content hash.\nExample: netan cases versions mare") { name, format };
        command.SetAction((parse, ct) => WithStore(parse, ct, store =>
        {
            var versions = store.ListVersionsAsync(parse.GetValue(name)!, ct).GetAwaiter().GetResult();
            ResultTableWriter.Write(Console.Out, parse.GetValue(format), new ResultTable(["version", "operation", "created_by", "created_at", "source_files", "agents", "transactions", "groups", "ties", "imported_rows", "content_hash", "note"],
                versions.Select(v => new object?[] { v.Version, v.Operation, v.CreatedBy, Time(v.CreatedAt), string.Join(';', v.SourceFiles), v.Agents, v.Transactions, v.Groups, v.Ties, v.ImportedRows, v.ContentHash, v.Note })));
        }));
        return command;
    }

    private static Command Merge()
    {
        var name = CaseName();
        var keep = new Argument<string>("keep") { Description = "The agent id that stays." };
        var merged = new Argument<string[]>("merged") { Description = "The agent ids that are the same person (they become aliases of <keep>).", Arity = ArgumentArity.OneOrMore };
        var reason = new Option<string>("--reason") { Description = "Why they are one (recorded with the version).", Required = true };
        var by = new Option<string>("--by") { Description = "Who decides (default: the current user).", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("merge", "Record that several agent ids are one person: a new version in which they are merged.\nExample: netan cases merge mare boss b0ss --reason \"same passport\"") { name, keep, merged, reason, by };
        command.SetAction((parse, ct) => WithStore(parse, ct, store =>
        {
            var info = store.MergeAgentsAsync(parse.GetValue(name)!, new AgentMerge(parse.GetValue(keep)!, parse.GetValue(merged)!, parse.GetValue(reason)!, parse.GetValue(by)!), ct).GetAwaiter().GetResult();
            Console.Error.WriteLine($"netan: {info.Case}@{info.Version}: merged; the version has {info.Agents} agents");
        }));
        return command;
    }

    private static Command Delete()
    {
        var name = CaseName();
        var yes = new Option<bool>("--yes") { Description = "Confirm: the case and every version are removed for good." };
        var command = new Command("delete", "Delete a case and all its versions for good (hard delete).\nExample: netan cases delete mare --yes") { name, yes };
        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            if (!parse.GetValue(yes))
            {
                throw new UsageException("deleting a case removes every version for good: add --yes to confirm");
            }

            var store = StoreOptions.Open(parse, ct);
            try
            {
                var case_ = parse.GetValue(name)!;
                if (!store.DeleteCaseAsync(case_, ct).GetAwaiter().GetResult())
                {
                    throw new CaseNotFoundException($"no case named '{case_}'");
                }

                Console.Error.WriteLine($"netan: deleted case '{case_}'");
            }
            finally
            {
                StoreOptions.Close(store);
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Export()
    {
        var reference = CaseVersion();
        var output = new Argument<string>("out") { Description = "Output folder (dataset format) or file (format from the extension unless --to)." };
        var to = new Option<string?>("--to") { Description = "Output format: dataset, graphml, gexf, graphology, cytoscape, pajek, i2, edgelist, edgecsv, ftm, neo4j, apoc." };
        var reveal = CommonOptions.RevealIdentities();
        var command = new Command("export", """
            Export one version of a case to a dataset folder or any format netan writes. Victims, witnesses
            and minors are pseudonymised unless --reveal-identities. Nothing is written on failure.
            Example: netan cases export mare@1 mare-v1
            """)
        {
            reference, output, to, reveal,
        };
        command.SetAction((parse, ct) => WithStore(parse, ct, store =>
        {
            var network = store.ReadNetworkAsync(CaseReference(parse.GetValue(reference)!), ct).GetAwaiter().GetResult();
            foreach (var warning in NetworkConversion.Write(network, true, parse.GetValue(output)!, parse.GetValue(to), CommonOptions.Protection(parse.GetValue(reveal))))
            {
                Console.Error.WriteLine("netan: warning: " + warning);
            }

            Console.Error.WriteLine($"netan: wrote {parse.GetValue(output)}");
        }));
        return command;
    }

    private static Task<int> WithStore(ParseResult parse, CancellationToken cancellationToken, Action<ICaseStore> body) =>
        CommandRunner.Run(() =>
        {
            var store = StoreOptions.Open(parse, cancellationToken);
            try
            {
                body(store);
            }
            finally
            {
                StoreOptions.Close(store);
            }

            return ExitCodes.Ok;
        }, cancellationToken);

    private static CaseVersionRef CaseReference(string text)
    {
        try
        {
            return CaseVersionRef.Parse(text);
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    private static string[] SourceFiles(string path) =>
        Directory.Exists(path)
            ? [.. Directory.GetFiles(path, "*.csv").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [Path.GetFileName(path)];

    private static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
