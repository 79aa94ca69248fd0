using System.Text.Json.Serialization;

namespace NetworkAnalysis.Application.Storage;

/// <summary>Source-generated JSON for <see cref="StoredValues"/> (no reflection; safe with trimming).</summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(SortedDictionary<string, string>))]
[JsonSourceGenerationOptions(WriteIndented = false)]
internal sealed partial class StoredJson : JsonSerializerContext;
