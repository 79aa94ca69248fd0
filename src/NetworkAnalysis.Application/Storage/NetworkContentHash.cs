using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Application.Storage;

/// <summary>
/// A SHA-256 fingerprint of a network's content, the same for equal networks whatever they were read
/// from: agents, transactions and groups in order, every field, attributes sorted by key. Each field is
/// length-prefixed, so no two different networks share an encoding. Recorded with each case version so an
/// analyst can show which data an answer came from. O(size of the network).
/// </summary>
public static class NetworkContentHash
{
    /// <summary>The lower-case hex SHA-256 of <paramref name="network"/>'s canonical encoding.</summary>
    public static string Compute(TransactionNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var writer = new FieldWriter(hash);
        writer.Count(network.AgentCount);
        foreach (var a in network.Agents)
        {
            writer.Text(a.Id).Int((int)a.Kind).Text(a.Name).Int((int)a.Sphere).Text(a.Country)
                .Int((int)a.Functions.Mask).Int((int)a.Sensitivity).List(a.Groups).Map(a.Attributes);
        }

        writer.Count(network.TransactionCount);
        foreach (var t in network.Transactions)
        {
            writer.Text(t.Source).Text(t.Target).Int((int)t.Kind).Text(t.Id)
                .Text(t.Time?.ToString("O", CultureInfo.InvariantCulture))
                .Text(t.Amount?.ToString(CultureInfo.InvariantCulture)).Text(t.Currency).Text(t.Country)
                .List(t.Route).Text(t.Persons?.ToString(CultureInfo.InvariantCulture))
                .Text(t.Weight.ToString("R", CultureInfo.InvariantCulture)).Map(t.Attributes);
        }

        writer.Count(network.GroupCount);
        foreach (var g in network.Groups)
        {
            writer.Text(g.Id).Text(g.Name).Int(g.Type is { } type ? (int)type : -1).Map(g.Attributes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private sealed class FieldWriter(IncrementalHash hash)
    {
        private readonly byte[] _number = new byte[4];
        private byte[] _text = new byte[256];

        public FieldWriter Count(int count) => Int(count);

        public FieldWriter Int(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_number, value);
            hash.AppendData(_number);
            return this;
        }

        public FieldWriter Text(string? value)
        {
            if (value is null)
            {
                return Int(-1);
            }

            var length = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (_text.Length < length)
            {
                _text = new byte[length];
            }

            var written = Encoding.UTF8.GetBytes(value, _text);
            Int(written);
            hash.AppendData(_text, 0, written);
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
            foreach (var key in map.Keys.Order(StringComparer.Ordinal))
            {
                Text(key).Text(map[key]);
            }

            return this;
        }
    }
}
