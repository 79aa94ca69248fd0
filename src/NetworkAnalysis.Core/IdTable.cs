using System.Numerics;
using System.Runtime.CompilerServices;

namespace NetworkAnalysis.Core;

/// <summary>
/// A read-only id → index map tuned for millions of span lookups (the endpoints of transactions):
/// open addressing over one array of (hash, index) pairs and the ids' characters side by side in one
/// array, so a lookup touches about two cache lines instead of a dictionary's three or more.
/// </summary>
internal sealed class IdTable
{
    private readonly long[] _entries;
    private readonly int _mask;
    private readonly char[] _chars;
    private readonly int[] _starts;
    private readonly string[] _ids;

    public IdTable(IReadOnlyList<string> ids)
    {
        _ids = [.. ids];
        var total = 0L;
        foreach (var id in _ids)
        {
            total += id.Length;
        }

        _chars = new char[total];
        _starts = new int[_ids.Length + 1];
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, _ids.Length * 2));
        _entries = new long[capacity];
        _mask = capacity - 1;
        var at = 0;
        for (var i = 0; i < _ids.Length; i++)
        {
            _starts[i] = at;
            _ids[i].CopyTo(_chars.AsSpan(at));
            at += _ids[i].Length;
            var hash = Hash(_ids[i]);
            var slot = hash & _mask;
            while (_entries[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _entries[slot] = ((long)hash << 32) | (uint)(i + 1);
        }

        _starts[_ids.Length] = at;
    }

    /// <summary>The number of ids.</summary>
    public int Count => _ids.Length;

    /// <summary>Finds <paramref name="id"/>; gives its index and the stored id instance.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryFind(ReadOnlySpan<char> id, out int index, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? stored)
    {
        var hash = Hash(id);
        var slot = hash & _mask;
        while (true)
        {
            var entry = _entries[slot];
            if (entry == 0)
            {
                index = -1;
                stored = null;
                return false;
            }

            if ((int)(entry >> 32) == hash)
            {
                var i = (int)(uint)entry - 1;
                var start = _starts[i];
                if (id.SequenceEqual(_chars.AsSpan(start, _starts[i + 1] - start)))
                {
                    index = i;
                    stored = _ids[i];
                    return true;
                }
            }

            slot = (slot + 1) & _mask;
        }
    }

    // Non-negative so the slot arithmetic needs no sign handling; randomized per process like string hashing.
    private static int Hash(ReadOnlySpan<char> id) => string.GetHashCode(id) & int.MaxValue;
}
