using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NetworkAnalysis.Application.Storage;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.Storage.Tests;

/// <summary>
/// The content hash against a plain oracle: every field formatted to a string, UTF-8 encoded and
/// length-prefixed, as the first version of the hash did. Versions stored before ties existed must keep
/// their hash, so a network without ties must hash exactly as the oracle says.
/// </summary>
public class NetworkContentHashTests
{
    [Test]
    public void Compute_NetworkWithoutTies_EqualsTheStringEncoding()
    {
        foreach (var network in new[] { Networks.Small(), Networks.MareNostrum, Networks.Generated })
        {
            NetworkContentHash.Compute(network).Should().Be(Oracle(network, withTies: false));
        }
    }

    [Test]
    public void Compute_NetworkWithTies_EqualsTheStringEncodingWithATieSection()
    {
        var network = Networks.WithTies();
        NetworkContentHash.Compute(network).Should().Be(Oracle(network, withTies: true));
        NetworkContentHash.Compute(network).Should().NotBe(NetworkContentHash.Compute(Networks.Small()), "ties are content");
    }

    [Test]
    public void Compute_TieChangedInOneField_ChangesTheHash()
    {
        var network = Networks.WithTies();
        var changed = Networks.WithTies(network, network.Ties.Select((t, i) => i == 3 ? t with { End = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) } : t));
        NetworkContentHash.Compute(changed).Should().NotBe(NetworkContentHash.Compute(network));
    }

    private static string Oracle(TransactionNetwork network, bool withTies)
    {
        using var stream = new MemoryStream();
        void Int(int value)
        {
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
            stream.Write(bytes);
        }

        void Text(string? value)
        {
            if (value is null)
            {
                Int(-1);
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(value);
            Int(bytes.Length);
            stream.Write(bytes);
        }

        void Map(IReadOnlyDictionary<string, string> map)
        {
            Int(map.Count);
            foreach (var key in map.Keys.Order(StringComparer.Ordinal))
            {
                Text(key);
                Text(map[key]);
            }
        }

        void List(IReadOnlyList<string> items)
        {
            Int(items.Count);
            foreach (var item in items)
            {
                Text(item);
            }
        }

        static string? Time(DateTimeOffset? time) => time?.ToString("O", CultureInfo.InvariantCulture);

        Int(network.AgentCount);
        foreach (var a in network.Agents)
        {
            Text(a.Id); Int((int)a.Kind); Text(a.Name); Int((int)a.Sphere); Text(a.Country);
            Int((int)a.Functions.Mask); Int((int)a.Sensitivity); List(a.Groups); Map(a.Attributes);
        }

        Int(network.TransactionCount);
        foreach (var t in network.Transactions)
        {
            Text(t.Source); Text(t.Target); Int((int)t.Kind); Text(t.Id); Text(Time(t.Time));
            Text(t.Amount?.ToString(CultureInfo.InvariantCulture)); Text(t.Currency); Text(t.Country);
            List(t.Route); Text(t.Persons?.ToString(CultureInfo.InvariantCulture));
            Text(t.Weight.ToString("R", CultureInfo.InvariantCulture)); Map(t.Attributes);
        }

        Int(network.GroupCount);
        foreach (var g in network.Groups)
        {
            Text(g.Id); Text(g.Name); Int(g.Type is { } type ? (int)type : -1); Map(g.Attributes);
        }

        if (withTies)
        {
            Int(network.TieCount);
            foreach (var t in network.Ties)
            {
                Text(t.Source); Text(t.Target); Int((int)t.Kind); Text(t.Id); Text(Time(t.Start)); Text(Time(t.End)); Map(t.Attributes);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(stream.ToArray()));
    }
}
