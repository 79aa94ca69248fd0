using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Neo4j;

/// <summary>
/// Neo4j import files (write only): node and relationship CSV files for <c>neo4j-admin database import</c>
/// and an <c>import.cypher</c> script for a running database. <see cref="NetworkFormats.Write"/> writes them
/// into a folder (or a <c>.zip</c> file when the path ends so); as one stream they are a zip archive.
/// The live-database adapter, when the Neo4j driver is available, belongs behind this same interface.
/// </summary>
internal sealed class Neo4jCsvFormat : INetworkFormat, IFileSetFormat
{
    public string Name => "neo4j";

    public IReadOnlyList<string> Extensions { get; } = [];

    public bool CanRead => false;

    public bool CanWrite => true;

    public FormatReadResult Read(Stream stream, string fileName, FormatReadOptions options, CancellationToken ct) =>
        throw new NotSupportedException("the Neo4j import files can only be written; read a Neo4j graph from its APOC JSON export (apoc)");

    public void Write(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings) =>
        FileSetZip.Write(this, network, stream, options, warnings);

    public IReadOnlyList<string> FileNames(TransactionNetwork network) => Neo4jCsvWriter.Files;

    public void WriteFiles(TransactionNetwork network, Stream[] streams, FormatWriteOptions options, ICollection<string> warnings) =>
        Neo4jCsvWriter.WriteFiles(network, streams, options, warnings);
}
