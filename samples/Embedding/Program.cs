// Using NetworkAnalysis as a library, in four steps.
//
//   dotnet run --project samples/Embedding                       # the sample case
//   dotnet run --project samples/Embedding -- path/to/dataset    # any dataset folder (format v1)
//   dotnet run --project samples/Embedding -- --generate 12 7    # a synthetic case: 12 groups, seed 7
using NetworkAnalysis.Application.Inputs;
using NetworkAnalysis.Application.Projection;
using NetworkAnalysis.Synthetic;
using NetworkAnalysis.Core;
using NetworkAnalysis.Engine;

// 1. A network: read a dataset folder, or draw a synthetic one. Both give a validated TransactionNetwork.
TransactionNetwork network = args is ["--generate", ..]
    ? CaseGenerator.Generate(new CaseGeneratorOptions
    {
        Groups = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10,
        Seed = args.Length > 2 ? long.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1,
    })
    : CaseInputs.ReadDataset(args.Length > 0 ? args[0] : FindSample());
Console.WriteLine($"{network.AgentCount} agents, {network.TransactionCount} transactions, {network.GroupCount} groups");

// 2. A graph for the engine: agents become nodes; the transactions between two agents (every kind
//    here; ProjectionOptions filters by kind, time and sphere) become one undirected edge weighted by
//    their number.
var projected = NetworkProjection.Project(network, new ProjectionOptions { Directed = false });

// 3. An engine algorithm: the degree of a node is its number of distinct counterparts, the strength
//    its number of transactions.
var degree = Degrees.Compute(projected.Graph);
var strength = Degrees.Strength(projected.Graph);

// 4. The ten best-connected agents. Victims, witnesses and minors are shown by pseudonym only.
var protection = IdentityProtection.Default;
Console.WriteLine();
Console.WriteLine($"{"agent",-24} {"kind",-9} {"groups",-8} {"degree",6} {"transactions",12}");
foreach (var node in Enumerable.Range(0, degree.Length).OrderByDescending(v => degree[v]).ThenBy(v => projected.Ids[v], StringComparer.Ordinal).Take(10))
{
    var agent = projected.AgentAt(node)!;
    Console.WriteLine($"{protection.DisplayName(agent),-24} {DomainWords.Format(agent.Kind),-9} {string.Join(';', agent.Groups),-8} {degree[node],6} {strength[node],12}");
}

// The sample case ships with the repository: look for it above the program's folder.
static string FindSample()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "samples", "operation-mare-nostrum");
        if (Directory.Exists(candidate))
        {
            return candidate;
        }
    }

    throw new DirectoryNotFoundException("samples/operation-mare-nostrum not found; pass a dataset folder");
}
