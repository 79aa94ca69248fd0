using System.Xml;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// The only way the readers open XML: DTDs (and so every entity, internal or external) prohibited, no
/// resolver, a cap on the characters of the document, comments and processing instructions skipped,
/// streaming (never a DOM). A DOCTYPE anywhere fails at once, before anything is expanded or fetched.
/// </summary>
internal static class SecureXml
{
    public static XmlReaderSettings Settings(FormatReadOptions options, XmlNameTable names) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = options.MaxDocumentBytes,
        MaxCharactersFromEntities = 0,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
        IgnoreWhitespace = false,
        CheckCharacters = true,
        CloseInput = false,
        NameTable = names,
        ValidationType = ValidationType.None,
    };

    public static XmlReader Create(Stream stream, FormatReadOptions options, XmlNameTable names) =>
        XmlReader.Create(stream, Settings(options, names));

    /// <summary>The problem for an <see cref="XmlException"/> (malformed XML, a DOCTYPE, invalid bytes, the size cap).</summary>
    public static InputFormatException Problem(ReadSession session, XmlException ex, LimitedReadStream input)
    {
        var message = ex.Message;
        if (message.Contains("DTD", StringComparison.Ordinal))
        {
            message = "a DOCTYPE (DTD) is not allowed: entities are refused for safety. " + message;
        }
        else if (message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) || message.Contains("maximum allowed", StringComparison.OrdinalIgnoreCase))
        {
            message = $"the document is larger than {session.Options.MaxDocumentBytes:N0} characters (FormatReadOptions.MaxDocumentBytes). " + message;
        }

        // A prohibited DTD is reported without a position; it can only be in the prolog, at the file's start.
        long line = ex.LineNumber;
        if (line <= 0 && input.Head.IndexOf("<!DOCTYPE"u8) is var at and >= 0)
        {
            line = 1 + input.Head[..at].Count((byte)'\n');
        }

        return session.Error(line > 0 ? line : null, null, "not well-formed XML: " + message);
    }
}
