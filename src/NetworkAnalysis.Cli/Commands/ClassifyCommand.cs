using System.CommandLine;
using System.Globalization;
using NetworkAnalysis.Application.Classification;
using NetworkAnalysis.Classification;
using NetworkAnalysis.Cli.Output;
using NetworkAnalysis.IO;
using NetworkAnalysis.Training;

namespace NetworkAnalysis.Cli.Commands;

/// <summary>
/// <c>netan classify &lt;dataset&gt;...</c>: the batch job that labels every group small enterprise-type or
/// transnational with a probability and reasons; <c>--train</c> fits a model on labelled datasets instead.
/// </summary>
internal static class ClassifyCommand
{
    public static Command Create()
    {
        var datasets = new Argument<string[]>("datasets") { Description = "Dataset folders, or folders of dataset folders.", Arity = ArgumentArity.OneOrMore };
        var outFile = new Option<string?>("--out") { Description = "Write the results (or, with --train, the model) to this file instead of stdout." };
        var format = new Option<string>("--format") { Description = "csv (default) or json.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var threads = new Option<int>("--threads") { Description = "Datasets classified in parallel (default: all cores). Output order and values do not depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var model = ModelOption();
        var groups = GroupsOption();
        var uncertain = new Option<string>("--uncertain") { Description = "Probabilities of transnational reported as 'uncertain' (reasons on both sides) instead of a label: LOW,HIGH (default 0.4,0.6), or none.", DefaultValueFactory = _ => "0.4,0.6" };
        var train = new Option<bool>("--train") { Description = "Fit the model's weights (regularised logistic regression) on the labelled groups of the datasets and write the model file (use with --out)." };
        var command = new Command("classify", """
            Classify every group of every dataset as small_enterprise or transnational, with the probability
            of transnational (score) and the reasons. Keeps going past a broken dataset (reported; exit 1 at the end).
            Output CSV header: dataset,group,type,score,members,reasons (reasons ';'-separated).
            Example: netan classify data/cases --out groups.csv
            Training: netan classify --train data/labelled-cases --out model.json, then --model model.json
            Uncertain: type is 'uncertain' when the score is within --uncertain (default 0.4,0.6); the score column is always there.
            """)
        {
            datasets, outFile, format, threads, model, groups, train, uncertain,
        };
        command.SetAction((parse, ct) => CommandRunner.Run(() =>
        {
            var options = new BatchOptions
            {
                Threads = Math.Max(1, parse.GetValue(threads)),
                Report = new GroupTypeReportOptions
                {
                    Model = LoadModel(parse.GetValue(model)),
                    Groups = Selection(parse.GetValue(groups)!),
                    Uncertain = Band(parse.GetValue(uncertain)!),
                },
            };
            var paths = parse.GetValue(datasets)!;
            var progress = new ProgressPrinter();
            if (parse.GetValue(train))
            {
                var trained = ClassifierTraining.Train(paths, options: options, progress: progress, cancellationToken: ct);
                progress.Done();
                OutputTarget.Write(parse.GetValue(outFile), w => w.Write(trained.ToJson()));
                return ExitCodes.Ok;
            }

            var result = BatchClassifier.Classify(paths, options, progress, ct);
            progress.Done();
            var target = parse.GetValue(outFile);
            if (parse.GetValue(format) == "json")
            {
                if (string.IsNullOrEmpty(target))
                {
                    using var stdout = OutputTarget.OpenStdout();
                    BatchOutput.WriteJson(stdout, result);
                }
                else
                {
                    AtomicFile.Write(target, s => BatchOutput.WriteJson(s, result));
                }
            }
            else
            {
                OutputTarget.Write(target, w => BatchOutput.WriteCsv(w, result));
            }

            foreach (var failure in result.Failures)
            {
                Console.Error.WriteLine($"netan: {failure.Dataset}: {failure.Error}");
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"netan: classified {result.GroupCount} groups in {result.Datasets.Count - result.Failures.Count()} datasets; {result.Failures.Count()} failed"));
            return result.HasErrors ? ExitCodes.BadInput : ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static Option<string?> ModelOption() => new("--model") { Description = "Model file written by 'classify --train' (default: the shipped transparent model)." };

    public static Option<string> GroupsOption()
    {
        var option = new Option<string>("--groups") { Description = "Which groups: auto (declared when the dataset declares any, else detected; default), declared, or detected (community detection on the underworld).", DefaultValueFactory = _ => "auto" };
        option.AcceptOnlyFromAmong("auto", "declared", "detected");
        return option;
    }

    private static UncertainBand Band(string text)
    {
        try
        {
            return UncertainBand.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException("--uncertain: " + e.Message);
        }
    }

    public static GroupModel? LoadModel(string? path) => path is null ? null : GroupModel.Load(path);

    public static GroupSelection Selection(string value) => value switch
    {
        "declared" => GroupSelection.Declared,
        "detected" => GroupSelection.Detected,
        _ => GroupSelection.Auto,
    };
}
