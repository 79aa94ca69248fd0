using System.Collections.ObjectModel;
using System.Globalization;
using System.Text.Json;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Classification;

/// <summary>
/// A transparent logistic model of the group type: log-odds(transnational) = intercept +
/// Σ weight × evidence(indicator), probability = σ(slope × log-odds + offset). Each feature's
/// evidence, weight and reason text are readable in the model file (JSON); see
/// <see cref="ModelFeature"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <see cref="Default"/> is the shipped model, its weights set from the domain description and its
/// calibration checked on generated cases (docs/classification.md). <see cref="Train"/> refits the
/// weights on an agency's own labelled groups; <see cref="Save(Stream)"/> and <see cref="Load(Stream)"/>
/// write and read model files.
/// </remarks>
public sealed class GroupModel
{
    private const string DefaultResource = "NetworkAnalysis.Classification.default-group-model.json";
    private const string TemplateResource = "NetworkAnalysis.Classification.typology-template.json";
    private static readonly Lazy<GroupModel> _default = new(() => LoadResource(DefaultResource));
    private static readonly Lazy<GroupModel> _template = new(() => LoadResource(TemplateResource));

    /// <summary>Creates a model; checks every feature (<see cref="ModelFeature.Validate"/>) and its reason templates.</summary>
    /// <exception cref="FormatException">A feature or template is invalid.</exception>
    public GroupModel(string name, double intercept, IEnumerable<ModelFeature> features)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(features);
        Name = name;
        Intercept = double.IsFinite(intercept) ? intercept : throw new FormatException("the intercept must be a finite number");
        var list = features.ToList();
        foreach (var feature in list)
        {
            ArgumentNullException.ThrowIfNull(feature);
            feature.Validate();
            foreach (var template in new[] { feature.Above, feature.Below })
            {
                foreach (var reference in ReasonText.References(template, feature.Indicator))
                {
                    if (IndicatorCatalog.IndexOf(reference) < 0)
                    {
                        throw new FormatException($"model feature '{feature.Indicator}': reason template refers to unknown indicator '{reference}'");
                    }
                }
            }
        }

        Features = new ReadOnlyCollection<ModelFeature>(list);
    }

    /// <summary>The shipped default model (an embedded, readable JSON resource).</summary>
    public static GroupModel Default => _default.Value;

    /// <summary>
    /// The features the built-in model is trained from (an embedded, readable JSON resource): each
    /// typology indicator with its transform, evidence range, reason texts and the typology's direction
    /// (the sign of its prior weight). Use it as <see cref="TrainingOptions.Template"/>.
    /// </summary>
    public static GroupModel TypologyTemplate => _template.Value;

    /// <summary>The model's name.</summary>
    public string Name { get; }

    /// <summary>A description (what it was set or trained from), or null.</summary>
    public string? Description { get; init; }

    /// <summary>The log-odds of "transnational" when every evidence is 0.</summary>
    public double Intercept { get; }

    /// <summary>The features, in model order.</summary>
    public IReadOnlyList<ModelFeature> Features { get; }

    /// <summary>Calibration slope: probability = σ(<see cref="CalibrationSlope"/> × log-odds + <see cref="CalibrationOffset"/>); default 1.</summary>
    public double CalibrationSlope { get; init; } = 1;

    /// <summary>Calibration offset; default 0.</summary>
    public double CalibrationOffset { get; init; }

    /// <summary>How the calibration was obtained, or null.</summary>
    public string? CalibrationNote { get; init; }

    /// <summary>Reasons whose absolute contribution to the log-odds is below this are not reported; default 0.1.</summary>
    public double ReasonThreshold { get; init; } = 0.1;

    /// <summary>The uncalibrated log-odds of "transnational" for <paramref name="indicators"/>.</summary>
    public double Score(GroupIndicators indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var z = Intercept;
        foreach (var f in Features)
        {
            z += f.Weight * f.Evidence(indicators.Value(f.Indicator));
        }

        return z;
    }

    /// <summary>Classifies one group: type, calibrated probability and the reasons, strongest first.</summary>
    public GroupClassification Classify(GroupIndicators indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var z = Intercept;
        var reasons = new List<(ClassificationReason Reason, int Order)>();
        var unknown = new List<string>();
        for (var i = 0; i < Features.Count; i++)
        {
            var f = Features[i];
            var value = indicators.Value(f.Indicator);
            if (value is null)
            {
                unknown.Add(f.Indicator);
                continue;
            }

            var evidence = f.Evidence(value);
            var contribution = f.Weight * evidence;
            z += contribution;
            if (Math.Abs(contribution) < ReasonThreshold || evidence == 0)
            {
                continue;
            }

            var template = evidence > 0 ? f.Above : f.Below;
            if (template.Length == 0)
            {
                continue;
            }

            var text = ReasonText.Format(template, f.Indicator, indicators) + Typical(f);
            reasons.Add((new ClassificationReason(f.Indicator, text, contribution, value)
            {
                TypicalSmall = f.TypicalSmall,
                TypicalTransnational = f.TypicalTransnational,
            }, i));
        }

        reasons.Sort((a, b) =>
        {
            var c = Math.Abs(b.Reason.Contribution).CompareTo(Math.Abs(a.Reason.Contribution));
            return c != 0 ? c : a.Order.CompareTo(b.Order);
        });

        var probability = LogisticFit.Sigmoid((CalibrationSlope * z) + CalibrationOffset);
        var type = probability >= 0.5 ? GroupType.Transnational : GroupType.SmallEnterprise;
        return new GroupClassification(indicators.GroupId, type, probability, reasons.ConvertAll(r => r.Reason))
        {
            Score = z,
            UnknownIndicators = unknown,
        };
    }

    // What an analyst checks the value against: "(typically small enterprise 1–2, transnational 4–9)".
    private static string Typical(ModelFeature f) => (f.TypicalSmall, f.TypicalTransnational) switch
    {
        ({ } s, { } t) => $" (typically small enterprise {s}, transnational {t})",
        _ => string.Empty,
    };

    /// <summary>
    /// Fits a model on labelled groups by L2-regularised logistic regression (Newton's method): keeps
    /// the features of <see cref="TrainingOptions.Template"/> (default <see cref="Default"/>), refits the
    /// intercept and weights. The result's calibration is the identity (logistic regression is
    /// calibrated on its training distribution).
    /// </summary>
    /// <param name="cases">The labelled groups; both types must occur.</param>
    /// <param name="options">Penalty, class balance, template; default <see cref="TrainingOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">There are no cases, or only one type.</exception>
    public static GroupModel Train(IEnumerable<(GroupIndicators Indicators, GroupType Type)> cases, TrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        options ??= TrainingOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.L2);
        var template = options.Template ?? Default;
        var list = cases.ToList();
        var positives = list.Count(c => c.Type == GroupType.Transnational);
        if (positives == 0 || positives == list.Count)
        {
            throw new ArgumentException("training needs labelled groups of both types", nameof(cases));
        }

        var p = template.Features.Count + 1;
        var rows = new double[list.Count][];
        var labels = new double[list.Count];
        var weights = new double[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var row = new double[p];
            row[0] = 1;
            for (var j = 0; j < template.Features.Count; j++)
            {
                var f = template.Features[j];
                row[j + 1] = f.Evidence(list[i].Indicators.Value(f.Indicator));
            }

            rows[i] = row;
            labels[i] = list[i].Type == GroupType.Transnational ? 1 : 0;
            weights[i] = !options.BalanceClasses
                ? 1
                : list.Count / (2.0 * (labels[i] > 0 ? positives : list.Count - positives));
        }

        var prior = new double[p];
        var penalised = new bool[p];
        for (var j = 1; j < p; j++)
        {
            penalised[j] = true;
            prior[j] = options.ShrinkTowardTemplate ? template.Features[j - 1].Weight : 0;
        }

        var beta = LogisticFit.Fit(rows, labels, weights, prior, penalised, options.L2, options.MaxIterations, options.Tolerance);
        if (options.KeepTemplateSigns)
        {
            beta = ConstrainSigns(template, rows, labels, weights, prior, penalised, options, beta);
        }

        var features = template.Features.Select((f, j) => f with
        {
            Weight = Math.Round(beta[j + 1], 6),
            TypicalSmall = TypicalRange.Of(list.Where(c => c.Type == GroupType.SmallEnterprise).Select(c => c.Indicators.Value(f.Indicator))),
            TypicalTransnational = TypicalRange.Of(list.Where(c => c.Type == GroupType.Transnational).Select(c => c.Indicators.Value(f.Indicator))),
        });
        return new GroupModel(options.Name, Math.Round(beta[0], 6), features)
        {
            Description = options.Description ?? $"Trained on {list.Count} labelled groups ({positives} transnational) from template '{template.Name}' with L2 = {options.L2}.",
            ReasonThreshold = template.ReasonThreshold,
            CalibrationNote = "identity: weights fitted by logistic regression",
        };
    }

    // A weight whose sign contradicts the template's (the typology's direction) is fixed at 0 and the
    // rest refitted, until every weight agrees: the data may choose how much an indicator counts,
    // never that it counts the other way.
    private static double[] ConstrainSigns(GroupModel template, double[][] rows, double[] labels, double[] weights, double[] prior, bool[] penalised, TrainingOptions options, double[] beta)
    {
        var p = beta.Length;
        var zeroed = new bool[p];
        while (true)
        {
            var changed = false;
            for (var j = 1; j < p; j++)
            {
                if (!zeroed[j] && beta[j] * template.Features[j - 1].Weight < 0)
                {
                    zeroed[j] = true;
                    changed = true;
                }
            }

            if (!changed)
            {
                return beta;
            }

            var kept = Enumerable.Range(0, p).Where(j => !zeroed[j]).ToArray();
            var sub = rows.Select(r => kept.Select(j => r[j]).ToArray()).ToArray();
            var fit = LogisticFit.Fit(sub, labels, weights, kept.Select(j => prior[j]).ToArray(), kept.Select(j => penalised[j]).ToArray(), options.L2, options.MaxIterations, options.Tolerance);
            beta = new double[p];
            for (var k = 0; k < kept.Length; k++)
            {
                beta[kept[k]] = fit[k];
            }
        }
    }

    /// <summary>
    /// The same model with its calibration refitted on labelled groups; the weights and so the reasons
    /// are unchanged. By default only the slope is fitted (temperature scaling), which keeps the
    /// decision threshold where the weights put it; with <paramref name="fitOffset"/> the offset is
    /// fitted too (Platt scaling), which also moves the threshold toward the training data.
    /// </summary>
    /// <param name="cases">The labelled groups; both types must occur.</param>
    /// <param name="fitOffset">Fit the offset as well as the slope; default false.</param>
    /// <param name="note">How the calibration was obtained, stored in the model.</param>
    public GroupModel Recalibrate(IEnumerable<(GroupIndicators Indicators, GroupType Type)> cases, bool fitOffset = false, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var list = cases.Select(c => (Score(c.Indicators), c.Type)).ToList();
        var (slope, offset) = FitCalibration(list, fitOffset);
        return WithCalibration(slope, offset, note ?? $"{(fitOffset ? "Platt" : "temperature")} scaling on {list.Count} labelled groups");
    }

    /// <summary>The same model with the given calibration (weights and reasons unchanged).</summary>
    public GroupModel WithCalibration(double slope, double offset, string? note) => new(Name, Intercept, Features)
    {
        Description = Description,
        ReasonThreshold = ReasonThreshold,
        CalibrationSlope = double.IsFinite(slope) ? Math.Round(slope, 6) : throw new ArgumentOutOfRangeException(nameof(slope)),
        CalibrationOffset = double.IsFinite(offset) ? Math.Round(offset, 6) : throw new ArgumentOutOfRangeException(nameof(offset)),
        CalibrationNote = note,
    };

    /// <summary>
    /// Fits probability = σ(slope × score + offset) to labelled log-odds scores (classes weighted
    /// equally; a unit penalty toward slope 1 keeps separable data from driving the slope to infinity).
    /// Without <paramref name="fitOffset"/> the offset is 0 (temperature scaling).
    /// </summary>
    /// <exception cref="ArgumentException">Only one type occurs.</exception>
    public static (double Slope, double Offset) FitCalibration(IEnumerable<(double Score, GroupType Type)> scored, bool fitOffset)
    {
        ArgumentNullException.ThrowIfNull(scored);
        var list = scored.ToList();
        var positives = list.Count(c => c.Type == GroupType.Transnational);
        if (positives == 0 || positives == list.Count)
        {
            throw new ArgumentException("calibration needs labelled groups of both types", nameof(scored));
        }

        var rows = list.Select(c => fitOffset ? new[] { 1.0, c.Score } : new[] { c.Score }).ToArray();
        var labels = list.Select(c => c.Type == GroupType.Transnational ? 1.0 : 0.0).ToArray();
        var weights = labels.Select(y => list.Count / (2.0 * (y > 0 ? positives : list.Count - positives))).ToArray();
        double[] beta = fitOffset
            ? LogisticFit.Fit(rows, labels, weights, [0, 1], [false, true], 1.0, 100, 1e-9)
            : [0, .. LogisticFit.Fit(rows, labels, weights, [1], [true], 1.0, 100, 1e-9)];
        return (beta[1], beta[0]);
    }

    /// <summary>Reads a model file (JSON, format <c>netan-group-model</c> version 1 or 2; version 2 adds each feature's typical ranges).</summary>
    /// <exception cref="FormatException">The file is not a valid model.</exception>
    public static GroupModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ModelFile>(stream, ModelFile.Options);
        }
        catch (JsonException e)
        {
            // The serializer's own text names .NET types; say where the JSON went wrong instead.
            var where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}: ") : string.Empty;
            var what = e.Path is { Length: > 1 } path ? $"field '{path.TrimStart('$', '.')}' has a value of the wrong kind or is not allowed" : "not JSON, or not the model's shape";
            throw new FormatException($"{where}not a valid model file: {what}", e);
        }

        if (file is null || file.Format != ModelFile.FormatName)
        {
            throw new FormatException($"not a model file: 'format' must be '{ModelFile.FormatName}'");
        }

        if (file.Features is null || file.Calibration is null || file.Name is null)
        {
            throw new FormatException("'name', 'calibration' and 'features' must not be null");
        }

        for (var i = 0; i < file.Features.Count; i++)
        {
            if (file.Features[i] is not { Indicator: not null, Above: not null, Below: not null })
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"feature {i + 1}: the entry, its 'indicator', 'above' and 'below' must not be null"));
            }
        }

        if (!double.IsFinite(file.Calibration.Slope) || !double.IsFinite(file.Calibration.Offset) || !double.IsFinite(file.ReasonThreshold))
        {
            throw new FormatException("calibration slope, offset and reasonThreshold must be finite numbers");
        }

        if (file.Version is not (1 or 2))
        {
            throw new FormatException($"model file version {file.Version} is not supported (expected 1 or 2)");
        }

        var features = file.Features.Select(f => new ModelFeature(f.Indicator, f.Transform, f.Low, f.High, f.Weight)
        {
            Above = f.Above,
            Below = f.Below,
            Rationale = f.Rationale,
            TypicalSmall = Range(f.Indicator, "typicalSmall", f.TypicalSmall),
            TypicalTransnational = Range(f.Indicator, "typicalTransnational", f.TypicalTransnational),
        });
        return new GroupModel(file.Name, file.Intercept, features)
        {
            Description = file.Description,
            CalibrationSlope = file.Calibration.Slope,
            CalibrationOffset = file.Calibration.Offset,
            CalibrationNote = file.Calibration.Note,
            ReasonThreshold = file.ReasonThreshold,
        };
    }

    private static TypicalRange? Range(string indicator, string name, double[]? pair) => pair switch
    {
        null => null,
        [var lo, var hi] when double.IsFinite(lo) && double.IsFinite(hi) && lo <= hi => new TypicalRange(lo, hi),
        _ => throw new FormatException($"model feature '{indicator}': '{name}' must be [low, high] with finite low <= high"),
    };

    /// <summary>Reads a model file from <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">The file is missing, unreadable or not a valid model; the message names the file.</exception>
    public static GroupModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream);
        }
        catch (FormatException ex)
        {
            throw new InputFormatException(new InputProblem(path, null, null, ex.Message), ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var problem = ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : "cannot be read";
            throw new InputFormatException(new InputProblem(path, null, null, problem), ex);
        }
    }

    /// <summary>Writes the model as indented JSON (UTF-8).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, ToFile(), ModelFile.Options);
    }

    /// <summary>Writes the model to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>The model as indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(ToFile(), ModelFile.Options);

    private ModelFile ToFile() => new()
    {
        Name = Name,
        Description = Description,
        Intercept = Intercept,
        Calibration = new ModelFile.CalibrationEntry { Slope = CalibrationSlope, Offset = CalibrationOffset, Note = CalibrationNote },
        ReasonThreshold = ReasonThreshold,
        Features = [.. Features.Select(f => new ModelFile.FeatureEntry
        {
            Indicator = f.Indicator,
            Transform = f.Transform,
            Low = f.Low,
            High = f.High,
            Weight = f.Weight,
            Above = f.Above,
            Below = f.Below,
            Rationale = f.Rationale,
            TypicalSmall = f.TypicalSmall is { } ts ? [ts.Low, ts.High] : null,
            TypicalTransnational = f.TypicalTransnational is { } tt ? [tt.Low, tt.High] : null,
        })],
    };

    private static GroupModel LoadResource(string name)
    {
        using var stream = typeof(GroupModel).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource '{name}' is missing");
        return Load(stream);
    }
}
