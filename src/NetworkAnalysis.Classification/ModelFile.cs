using System.Text.Json;
using System.Text.Json.Serialization;

namespace NetworkAnalysis.Classification;

/// <summary>The JSON shape of a model file (format <c>netan-group-model</c>, version 1).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ModelFile
{
    public const string FormatName = "netan-group-model";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string Format { get; set; } = FormatName;

    public int Version { get; set; } = 2;

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public double Intercept { get; set; }

    public CalibrationEntry Calibration { get; set; } = new();

    public double ReasonThreshold { get; set; } = 0.1;

    public List<FeatureEntry> Features { get; set; } = [];

    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    internal sealed class CalibrationEntry
    {
        public double Slope { get; set; } = 1;

        public double Offset { get; set; }

        public string? Note { get; set; }
    }

    [JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
    internal sealed class FeatureEntry
    {
        public string Indicator { get; set; } = string.Empty;

        public FeatureTransform Transform { get; set; }

        public double Low { get; set; }

        public double High { get; set; }

        public double Weight { get; set; }

        public string Above { get; set; } = string.Empty;

        public string Below { get; set; } = string.Empty;

        public string? Rationale { get; set; }

        public double[]? TypicalSmall { get; set; }

        public double[]? TypicalTransnational { get; set; }
    }
}
