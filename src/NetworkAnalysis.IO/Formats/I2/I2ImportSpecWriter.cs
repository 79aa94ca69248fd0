using System.Text;
using System.Xml;
using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.I2;

/// <summary>
/// Writes the two classic Analyst's Notebook import specifications (<c>.ximp</c>) that go with the CSV
/// pair: <c>entities.ximp</c> (one entity per row of <c>entities.csv</c>: type from <c>Entity Type</c>,
/// identity <c>[Entity ID]</c>, label <c>[Label]</c>, every other column an attribute) and
/// <c>links.ximp</c> (entity – link – entity per row of <c>links.csv</c>: the end entities by identity,
/// so they merge with those already imported; link type from <c>Link Type</c>, identity <c>[Link ID]</c>,
/// direction, date and time with their formats, the other columns attributes).
/// Columns whose heading holds ']' or a character XML cannot carry are left out with a warning.
/// </summary>
/// <remarks>
/// i2 publishes no schema for <c>.ximp</c>. The vocabulary follows the XML of i2's import
/// specifications as far as public material shows it (UTF-16 XML; a <c>Data</c> element with the
/// source; <c>UserColumn</c> elements naming the columns; <c>Entity</c>/<c>Link</c> elements with an
/// <c>ItemType</c>; values as <c>ColumnExpression</c>s referring to columns as <c>[Heading]</c>;
/// <c>DateTimeFormat</c> per date column). docs/formats.md says how to import, and what to do if a
/// version of Analyst's Notebook does not accept the file.
/// </remarks>
internal static class I2ImportSpecWriter
{
    public const string EntitiesSpecFile = "entities.ximp";
    public const string LinksSpecFile = "links.ximp";

    /// <summary>Writes <c>entities.ximp</c> for an <c>entities.csv</c> with <paramref name="headings"/>.</summary>
    public static void WriteEntities(Stream stream, IReadOnlyList<string> headings, ICollection<string> warnings) =>
        Write(stream, "entities", I2ExportWriter.EntitiesFile, headings, warnings, xml =>
        {
            Entity(xml, "entity", "Entity ID", "Label", "Entity Type");
            Attributes(xml, headings, ["Entity ID", "Label", "Entity Type"]);
            xml.WriteEndElement();
        });

    /// <summary>Writes <c>links.ximp</c> for a <c>links.csv</c> with <paramref name="headings"/>.</summary>
    public static void WriteLinks(Stream stream, IReadOnlyList<string> headings, ICollection<string> warnings) =>
        Write(stream, "links", I2ExportWriter.LinksFile, headings, warnings, xml =>
        {
            // The ends: identity only, so each merges with the entity imported from entities.csv.
            Entity(xml, "from", "From Entity ID", "From Entity ID", null);
            xml.WriteEndElement();
            Entity(xml, "to", "To Entity ID", "To Entity ID", null);
            xml.WriteEndElement();

            xml.WriteStartElement("Link");
            xml.WriteAttributeString("LinkId", "link");
            xml.WriteAttributeString("End1", "from");
            xml.WriteAttributeString("End2", "to");
            ItemType(xml, "Link Type");
            Expression(xml, "Identity", "Link ID");
            Expression(xml, "Label", "Link Type");
            Expression(xml, "Direction", "Direction");
            Expression(xml, "Date", "Date");
            Expression(xml, "Time", "Time");
            Attributes(xml, headings, ["Link ID", "From Entity ID", "To Entity ID", "Link Type", "Direction", "Date", "Time"]);
            xml.WriteEndElement();
        });

    private static void Write(Stream stream, string name, string csv, IReadOnlyList<string> headings, ICollection<string> warnings, Action<XmlWriter> design)
    {
        var unusable = headings.Where(h => !Usable(h)).ToList();
        if (unusable.Count > 0)
        {
            warnings.Add($"i2 import specification {name}: {unusable.Count} column(s) whose heading holds ']' or a character XML cannot carry were left out of it");
        }

        // UTF-16 with a byte-order mark, as Analyst's Notebook writes its specifications.
        var settings = new XmlWriterSettings { Encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true), Indent = true, NewLineChars = "\r\n" };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("ImportSpecification");
        xml.WriteAttributeString("Name", "netan " + name);
        xml.WriteAttributeString("Description", $"Analyst's Notebook classic import of {csv} written by netan (NetworkAnalysis)");

        xml.WriteStartElement("Data");
        xml.WriteAttributeString("Source", "TextFile");
        xml.WriteAttributeString("FileName", csv);
        xml.WriteAttributeString("Encoding", "UTF-8");
        xml.WriteAttributeString("Separator", ",");
        xml.WriteAttributeString("TextQualifier", "\"");
        xml.WriteAttributeString("FirstRowIsHeadings", "true");
        xml.WriteStartElement("Columns");
        foreach (var heading in headings.Except(unusable))
        {
            xml.WriteStartElement("UserColumn");
            xml.WriteAttributeString("ColumnId", heading);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        if (headings.Contains("Date"))
        {
            DateTimeFormat(xml, "Date", "yyyy-MM-dd");
            DateTimeFormat(xml, "Time", "HH:mm:ss");
        }

        xml.WriteEndElement();
        xml.WriteStartElement("Design");
        design(xml);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    // Opens an Entity element (the caller closes it, after any attributes).
    private static void Entity(XmlWriter xml, string id, string identity, string label, string? typeColumn)
    {
        xml.WriteStartElement("Entity");
        xml.WriteAttributeString("EntityId", id);
        if (typeColumn is not null)
        {
            ItemType(xml, typeColumn);
        }

        Expression(xml, "Identity", identity);
        Expression(xml, "Label", label);
    }

    // The type comes from a column: each value (Person, Payment, ...) becomes a type, chosen once in the wizard.
    private static void ItemType(XmlWriter xml, string column)
    {
        xml.WriteStartElement("ItemType");
        xml.WriteAttributeString("FromColumn", column);
        xml.WriteStartElement("ColumnExpression");
        xml.WriteString($"[{column}]");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Expression(XmlWriter xml, string element, string column)
    {
        xml.WriteStartElement(element);
        xml.WriteStartElement("ColumnExpression");
        xml.WriteString($"[{column}]");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Attributes(XmlWriter xml, IReadOnlyList<string> headings, string[] mapped)
    {
        xml.WriteStartElement("Attributes");
        foreach (var heading in headings.Where(h => !mapped.Contains(h) && Usable(h)))
        {
            xml.WriteStartElement("Attribute");
            xml.WriteAttributeString("Name", heading);
            xml.WriteAttributeString("Type", heading is "Amount" or "Persons" or "Weight" ? "Number" : "Text");
            xml.WriteStartElement("ColumnExpression");
            xml.WriteString($"[{heading}]");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    // A column reference is [heading]: a ']' would end it early; XML 1.0 cannot hold some control characters at all.
    private static bool Usable(string heading) =>
        !heading.Contains(']', StringComparison.Ordinal) && heading.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c));

    private static void DateTimeFormat(XmlWriter xml, string column, string format)
    {
        xml.WriteStartElement("DateTimeFormat");
        xml.WriteAttributeString("ColumnId", column);
        xml.WriteAttributeString("Format", format);
        xml.WriteEndElement();
    }
}
