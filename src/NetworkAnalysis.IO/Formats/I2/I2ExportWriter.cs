using System.Globalization;
using System.IO.Compression;
using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.I2;

/// <summary>
/// Writes the two CSV files of an i2 Analyst's Notebook import: <c>entities.csv</c> (one row per agent) and
/// <c>links.csv</c> (one row per transaction), UTF-8 with a byte-order mark, CRLF line ends, every cell
/// neutralised against formula injection. The columns are fixed (docs/formats.md gives the import
/// specification), extra attributes follow them.
/// </summary>
internal static class I2ExportWriter
{
    public const string EntitiesFile = "entities.csv";
    public const string LinksFile = "links.csv";

    private static readonly string[] _entityColumns = ["Entity ID", "Label", "Entity Type", "Sphere", "Country", "Groups", "Functions", "Sensitivity"];
    private static readonly string[] _linkColumns =
    [
        "Link ID", "From Entity ID", "To Entity ID", "Link Type", "Direction", "Date", "Time", "Date Time",
        "Amount", "Currency", "Country", "Route", "Persons", "Weight",
    ];

    /// <summary>Writes a zip archive holding both files (the single-stream form, e.g. for a download).</summary>
    public static void WriteZip(TransactionNetwork network, Stream stream, FormatWriteOptions options, ICollection<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var view = new ExportView(network, options, "i2 CSV", Carried.AllButGroups, OutputText.Unicode);
        using (var entities = zip.CreateEntry(EntitiesFile, CompressionLevel.Optimal).Open())
        {
            WriteEntities(view, entities);
        }

        using (var links = zip.CreateEntry(LinksFile, CompressionLevel.Optimal).Open())
        {
            WriteLinks(view, links);
        }

        using (var spec = zip.CreateEntry(I2ImportSpecWriter.EntitiesSpecFile, CompressionLevel.Optimal).Open())
        {
            I2ImportSpecWriter.WriteEntities(spec, EntityHeadings(view), warnings);
        }

        using (var spec = zip.CreateEntry(I2ImportSpecWriter.LinksSpecFile, CompressionLevel.Optimal).Open())
        {
            I2ImportSpecWriter.WriteLinks(spec, LinkHeadings(view), warnings);
        }

        view.Finish(warnings);
    }

    /// <summary>Writes the two CSV files and their import specifications (<see cref="I2ImportSpecWriter"/>) to their own streams.</summary>
    public static void WriteFiles(TransactionNetwork network, Stream entities, Stream links, Stream entitiesSpec, Stream linksSpec, FormatWriteOptions options, ICollection<string> warnings)
    {
        var view = new ExportView(network, options, "i2 CSV", Carried.AllButGroups, OutputText.Unicode);
        WriteEntities(view, entities);
        WriteLinks(view, links);
        I2ImportSpecWriter.WriteEntities(entitiesSpec, EntityHeadings(view), warnings);
        I2ImportSpecWriter.WriteLinks(linksSpec, LinkHeadings(view), warnings);
        view.Finish(warnings);
    }

    private static List<string> EntityHeadings(ExportView view) =>
        [.. _entityColumns.Concat(Headers(_entityColumns, view.AgentAttributeNames, view)).Select(CsvCells.Neutralise)];

    private static List<string> LinkHeadings(ExportView view) =>
        [.. _linkColumns.Concat(Headers(_linkColumns, view.TransactionAttributeNames, view)).Select(CsvCells.Neutralise)];

    /// <summary>The entity type written for an agent kind: the word with a capital (Person, Business, ...).</summary>
    public static string TypeName(string word) => char.ToUpperInvariant(word[0]) + word[1..].Replace('_', ' ');

    private static void WriteEntities(ExportView view, Stream stream)
    {
        using var output = new Utf8Output(stream);
        output.Raw("\uFEFF");
        var extras = view.AgentAttributeNames;
        Row(output, _entityColumns.Concat(Headers(_entityColumns, extras, view)));
        var network = view.Network;
        var cells = new string?[_entityColumns.Length + extras.Count];
        for (var i = 0; i < network.AgentCount; i++)
        {
            var agent = network.Agents[i];
            Array.Clear(cells);
            cells[0] = view.Id(i);
            cells[1] = view.Name(i) ?? view.Id(i);
            cells[2] = TypeName(DomainWords.Format(agent.Kind));
            cells[3] = DomainWords.Format(agent.Sphere);
            cells[4] = agent.Country;
            cells[5] = ExportView.Groups(agent);
            cells[6] = ExportView.Functions(agent);
            cells[7] = view.Sensitivity(i);
            var attributes = view.Attributes(i);
            for (var k = 0; k < extras.Count; k++)
            {
                cells[_entityColumns.Length + k] = attributes.TryGetValue(extras[k], out var value) ? view.Clean(value) : null;
            }

            Row(output, cells);
        }

        output.Flush();
        view.CountReplaced(output.Replaced);
    }

    private static void WriteLinks(ExportView view, Stream stream)
    {
        using var output = new Utf8Output(stream);
        output.Raw("\uFEFF");
        var extras = view.TransactionAttributeNames;
        Row(output, _linkColumns.Concat(Headers(_linkColumns, extras, view)));
        var network = view.Network;
        var sources = network.TransactionSources.ToArray();
        var targets = network.TransactionTargets.ToArray();

        // Analyst's Notebook merges links without an identity; parallel transactions need one each.
        var used = new HashSet<string>(network.Transactions.Where(t => t.Id is not null).Select(t => t.Id!), StringComparer.Ordinal);
        var cells = new string?[_linkColumns.Length + extras.Count];
        for (var e = 0; e < network.TransactionCount; e++)
        {
            var t = network.Transactions[e];
            Array.Clear(cells);
            cells[0] = t.Id is null ? NewId(used, e) : view.Clean(t.Id);
            cells[1] = view.Id(sources[e]);
            cells[2] = view.Id(targets[e]);
            cells[3] = TypeName(DomainWords.Format(t.Kind));
            cells[4] = view.Directed ? "directed" : "undirected";
            if (t.Time is { } time)
            {
                var utc = time.ToUniversalTime();
                cells[5] = utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                cells[6] = utc.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
                cells[7] = FieldText.Time(time);
            }

            cells[8] = t.Amount is { } amount ? FieldText.Number(amount) : null;
            cells[9] = t.Currency;
            cells[10] = t.Country;
            cells[11] = ExportView.Route(t);
            cells[12] = t.Persons is { } persons ? FieldText.Number(persons) : null;
            cells[13] = FieldText.Number(t.Weight);
            for (var k = 0; k < extras.Count; k++)
            {
                cells[_linkColumns.Length + k] = t.Attributes.TryGetValue(extras[k], out var value) ? view.Clean(value) : null;
            }

            Row(output, cells);
        }

        output.Flush();
        view.CountReplaced(output.Replaced);
    }

    /// <summary>
    /// The headings of the extra columns: the attribute names, with <c> (attribute)</c> added to a name that
    /// would repeat a heading ignoring case (an attribute called <c>Label</c>), so every column can be told apart.
    /// </summary>
    public static IEnumerable<string> Headers(string[] fixedColumns, IReadOnlyList<string> extras, ExportView view)
    {
        var used = new HashSet<string>(fixedColumns, StringComparer.OrdinalIgnoreCase);
        foreach (var extra in extras)
        {
            var heading = view.Clean(extra);
            while (!used.Add(heading))
            {
                heading += " (attribute)";
            }

            yield return heading;
        }
    }

    private static string NewId(HashSet<string> used, int index)
    {
        var id = "L" + (index + 1).ToString(CultureInfo.InvariantCulture);
        while (!used.Add(id))
        {
            id += "'";
        }

        return id;
    }

    private static void Row(Utf8Output output, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                output.Raw(',');
            }

            output.Text(CsvCells.Format(cell));
            first = false;
        }

        output.Raw("\r\n");
    }
}
