using NetworkAnalysis.Fuzz;
using SharpFuzz;

// netan-fuzz TARGET            : run under afl-fuzz (SharpFuzz's out-of-process protocol; see fuzz/run.sh)
// netan-fuzz TARGET FILE...    : replay files through the target once (a crash is an uncaught exception)
if (args.Length == 0)
{
    Console.Error.WriteLine($"usage: netan-fuzz TARGET [FILE...]; targets: {string.Join(", ", FuzzTargets.Names.Order(StringComparer.Ordinal))}");
    return 2;
}

var target = args[0];
if (args.Length > 1)
{
    foreach (var file in args[1..])
    {
        FuzzTargets.Run(target, File.ReadAllBytes(file));
    }

    return 0;
}

// No instrumented code may run before this call: the coverage map is set up by it.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.Run(target, buffer.ToArray());
});
return 0;
