using NetworkAnalysis.Core;
using NetworkAnalysis.IO.Formats;

namespace NetworkAnalysis.IO.Tests.Formats;

/// <summary>Writes with one format and reads back, in memory.</summary>
internal static class RoundTrip
{
    public static FormatReadResult Run(string format, TransactionNetwork network, FormatWriteOptions options, out List<string> writeWarnings)
    {
        var f = NetworkFormats.ByName(format);
        using var stream = new MemoryStream();
        writeWarnings = [];
        f.Write(network, stream, options, writeWarnings);
        stream.Position = 0;
        return f.Read(stream, "roundtrip." + format, FormatReadOptions.Default, CancellationToken.None);
    }

    public static byte[] Bytes(string format, TransactionNetwork network, FormatWriteOptions? options = null)
    {
        using var stream = new MemoryStream();
        NetworkFormats.ByName(format).Write(network, stream, options ?? NetworkGen.Reveal, new List<string>());
        return stream.ToArray();
    }

    public static FormatReadResult Read(string format, byte[] bytes, FormatReadOptions? options = null, string name = "input")
    {
        using var stream = new MemoryStream(bytes);
        return NetworkFormats.ByName(format).Read(stream, name, options ?? FormatReadOptions.Default, CancellationToken.None);
    }

    public static FormatReadResult Read(string format, string text, FormatReadOptions? options = null) =>
        Read(format, System.Text.Encoding.UTF8.GetBytes(text), options);

    public static string Describe(TransactionNetwork network) =>
        string.Join("\n", network.Agents.Select(a => a.ToString() + " id=" + Escape(a.Id) + " name=" + Escape(a.Name)))
        + "\n" + string.Join("\n", network.Transactions.Select(t => $"{Escape(t.Source)} -> {Escape(t.Target)} {t}"));

    private static string Escape(string? s) => s is null ? "null" : System.Text.Json.JsonSerializer.Serialize(s);
}
