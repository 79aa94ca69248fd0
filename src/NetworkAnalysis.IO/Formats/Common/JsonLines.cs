using System.Text.Json;

namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// JSON lines (FollowTheMoney, APOC): one JSON value per line, read line by line under the document cap,
/// each line parsed with the depth cap; blank lines skipped; every problem names the line.
/// </summary>
internal static class JsonLines
{
    public static void Read(Stream stream, ReadSession session, Action<JsonElement, long> record)
    {
        var lines = new LineReader(new LimitedReadStream(stream, session.Options.MaxDocumentBytes, session.File), session);
        var options = new JsonDocumentOptions { MaxDepth = session.Options.MaxJsonDepth };
        while (lines.ReadLine(out var text))
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var line = lines.LineNumber;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text, options);
            }
            catch (JsonException ex)
            {
                throw session.Error(line, null, $"not a JSON object: {ex.Message}");
            }

            using (document)
            {
                record(document.RootElement, line);
            }
        }
    }
}
