using System.Text.Json.Serialization;

namespace NetworkAnalysis.Storage.Sqlite;

/// <summary>Source-generated JSON for the version record's file list and the id lists passed to <c>json_each</c>.</summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(int[]))]
internal sealed partial class SqliteJson : JsonSerializerContext;
