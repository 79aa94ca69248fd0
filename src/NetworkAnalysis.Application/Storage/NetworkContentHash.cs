using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>
/// A SHA-256 fingerprint of a network's content, the same for equal networks whatever they were read
/// from: agents, transactions, groups and (when there are any) ties in order, every field, attributes
/// sorted by key. Each field is length-prefixed, so no two different networks share an encoding. Recorded
/// with each case version so an analyst can show which data an answer came from. O(size of the network).
/// </summary>
/// <remarks>
/// A network without ties hashes exactly as before ties existed, so versions stored earlier keep their
/// hash. Numbers and times are formatted straight into a buffer (no string per field): the hash of a
/// million-transaction import costs a fraction of a second.
/// </remarks>
public static class NetworkContentHash
{
    /// <summary>The lower-case hex SHA-256 of <paramref name="network"/>'s canonical encoding.</summary>
    public static string Compute(TransactionNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = new FieldWriter(hash);
        writer.Int(network.AgentCount);
        foreach (var a in network.Agents)
        {
            writer.Text(a.Id).Int((int)a.Kind).Text(a.Name).Int((int)a.Sphere).Text(a.Country)
                .Int((int)a.Functions.Mask).Int((int)a.Sensitivity).List(a.Groups).Map(a.Attributes);
        }

        writer.Int(network.TransactionCount);
        foreach (var t in network.Transactions)
        {
            writer.Text(t.Source).Text(t.Target).Int((int)t.Kind).Text(t.Id)
                .Time(t.Time)
                .Formatted(t.Amount, null).Text(t.Currency).Text(t.Country)
                .List(t.Route).Formatted(t.Persons, null)
                .Formatted<double>(t.Weight, "R").Map(t.Attributes);
        }

        writer.Int(network.GroupCount);
        foreach (var g in network.Groups)
        {
            writer.Text(g.Id).Text(g.Name).Int(g.Type is { } type ? (int)type : -1).Map(g.Attributes);
        }

        if (network.TieCount > 0)
        {
            writer.Int(network.TieCount);
            foreach (var t in network.Ties)
            {
                writer.Text(t.Source).Text(t.Target).Int((int)t.Kind).Text(t.Id).Time(t.Start).Time(t.End).Map(t.Attributes);
            }
        }

        return writer.Finish();
    }

    /// <summary>Length-prefixed fields, buffered so the hash sees large blocks rather than one call per field.</summary>
    private sealed class FieldWriter(IncrementalHash hash)
    {
        private const int FieldRoom = 128; // the longest formatted number or time, with its length prefix
        private byte[] _buffer = new byte[1 << 16];
        private int _used;

        public FieldWriter Int(int value)
        {
            Reserve(4);
            BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_used), value);
            _used += 4;
            return this;
        }

        public FieldWriter Text(string? value)
        {
            if (value is null)
            {
                return Int(-1);
            }

            Reserve(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
            var written = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_used + 4));
            BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_used), written);
            _used += 4 + written;
            return this;
        }

        /// <summary>A time as its round-trip ("O") text, or null.</summary>
        public FieldWriter Time(DateTimeOffset? value) => Formatted(value, "O");

        /// <summary>A value as its invariant text in <paramref name="format"/>, the same bytes as <c>ToString(format, InvariantCulture)</c>.</summary>
        public FieldWriter Formatted<T>(T? value, string? format)
            where T : struct, IUtf8SpanFormattable
        {
            if (value is not { } v)
            {
                return Int(-1);
            }

            Reserve(FieldRoom);
            if (!v.TryFormat(_buffer.AsSpan(_used + 4), out var written, format, CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("a formatted value is longer than the field room");
            }

            BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_used), written);
            _used += 4 + written;
            return this;
        }

        public FieldWriter List(IReadOnlyList<string> items)
        {
            Int(items.Count);
            foreach (var item in items)
            {
                Text(item);
            }

            return this;
        }

        public FieldWriter Map(IReadOnlyDictionary<string, string> map)
        {
            Int(map.Count);
            if (map.Count == 0)
            {
                return this;
            }

            foreach (var key in map.Keys.Order(StringComparer.Ordinal))
            {
                Text(key).Text(map[key]);
            }

            return this;
        }

        public string Finish()
        {
            hash.AppendData(_buffer, 0, _used);
            _used = 0;
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        private void Reserve(int bytes)
        {
            if (_used + bytes <= _buffer.Length)
            {
                return;
            }

            hash.AppendData(_buffer, 0, _used);
            _used = 0;
            if (bytes > _buffer.Length)
            {
                _buffer = new byte[bytes];
            }
        }
    }
}
