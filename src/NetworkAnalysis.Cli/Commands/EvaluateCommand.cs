using System.CommandLine;
using System.Globalization;
using NetworkAnalysis.Application.Classification;

namespace NetworkAnalysis.Cli.Commands;

/// <summary><c>netan evaluate &lt;dataset&gt;...</c>: predictions against the labels in groups.csv.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var datasets = new Argument<string[]>("datasets") { Description = "Labelled dataset folders (groups.csv with a type column), folders of them, or stored cases case:NAME[@VERSION].", Arity = ArgumentArity.OneOrMore };
        var threads = new Option<int>("--threads") { Description = "Datasets in parallel (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var model = ClassifyCommand.ModelOption();
        var groups = ClassifyCommand.GroupsOption();
        var command = new Command("evaluate", """
            Compare the classifier's predictions with the known group types in groups.csv: accuracy,
            macro-F1 and the confusion matrix. Detected groups take the label most of their members' declared groups carry.
            Example: netan evaluate data/labelled-cases --groups detected
            """)
        {
            datasets, threads, model, groups,
        };
        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var paths = parse.GetValue(datasets)!;
            var store = StoreOptions.OpenForAny(parse, paths, ct);
            var options = new BatchOptions
            {
                Store = store,
                Threads = Math.Max(1, parse.GetValue(threads)),
                Report = new GroupTypeReportOptions { Model = ClassifyCommand.LoadModel(parse.GetValue(model)), Groups = ClassifyCommand.Selection(parse.GetValue(groups)!) },
            };
            var progress = new ProgressPrinter();
            BatchResult batch;
            try
            {
                batch = BatchClassifier.Classify(paths, options, progress, ct);
            }
            finally
            {
                StoreOptions.Close(store);
            }

            progress.Done();
            foreach (var failure in batch.Failures)
            {
                Console.Error.WriteLine($"netan: {failure.Dataset}: {failure.Error}");
            }

            var e = Evaluation.Compute(batch);
            var c = e.Confusion;
            Console.Out.Write(string.Create(CultureInfo.InvariantCulture, $"""
                groups evaluated: {e.Count} ({e.Unlabelled} without a label)
                accuracy: {e.Accuracy:0.0000}
                macro-F1: {e.MacroF1:0.0000} (small_enterprise {e.SmallEnterpriseF1:0.0000}, transnational {e.TransnationalF1:0.0000})

                confusion (rows actual, columns predicted)
                                  small_enterprise  transnational
                small_enterprise  {c.SmallAsSmall,16}  {c.SmallAsTransnational,13}
                transnational     {c.TransnationalAsSmall,16}  {c.TransnationalAsTransnational,13}

                """));
            return batch.HasErrors ? ExitCodes.BadInput : ExitCodes.Ok;
        }, ct));
        return command;
    }
}
