using System.Buffers.Binary;
using System.Numerics;

namespace NetworkAnalysis.IO.EdgeLists;

/// <summary>
/// An open-addressing hash table from UTF-8 byte strings to dense integers, storing the keys in one
/// byte arena. Lets the edge-list reader look up ids without allocating a string per field.
/// </summary>
internal sealed class ByteIdTable
{
    private byte[] _arena = new byte[1 << 16];
    private int _arenaUsed;
    private int[] _keyStart = new int[256];
    private int[] _keyLength = new int[256];
    private int[] _value = new int[256];
    private int _count;
    private int[] _slots = new int[512]; // entry index + 1; 0 = empty
    private ulong[] _hashes = new ulong[256];

    public int Count => _count;

    public int GetOrAdd(ReadOnlySpan<byte> key, int valueIfAdded, out bool added)
    {
        var hash = Hash(key);
        var mask = _slots.Length - 1;
        var slot = (int)(hash & (ulong)mask);
        while (true)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0)
            {
                break;
            }

            if (_hashes[entry] == hash && _arena.AsSpan(_keyStart[entry], _keyLength[entry]).SequenceEqual(key))
            {
                added = false;
                return _value[entry];
            }

            slot = (slot + 1) & mask;
        }

        added = true;
        Add(key, hash, valueIfAdded, slot);
        return valueIfAdded;
    }

    private void Add(ReadOnlySpan<byte> key, ulong hash, int value, int slot)
    {
        if (_count == _keyStart.Length)
        {
            var size = _count * 2;
            Array.Resize(ref _keyStart, size);
            Array.Resize(ref _keyLength, size);
            Array.Resize(ref _value, size);
            Array.Resize(ref _hashes, size);
        }

        if (_arenaUsed + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, (int)Math.Min(Array.MaxLength, Math.Max((long)_arena.Length * 2, (long)_arenaUsed + key.Length)));
        }

        key.CopyTo(_arena.AsSpan(_arenaUsed));
        _keyStart[_count] = _arenaUsed;
        _keyLength[_count] = key.Length;
        _value[_count] = value;
        _hashes[_count] = hash;
        _arenaUsed += key.Length;
        _count++;
        _slots[slot] = _count;
        if (_count * 2 > _slots.Length)
        {
            Rehash();
        }
    }

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var e = 0; e < _count; e++)
        {
            var slot = (int)(_hashes[e] & (ulong)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = e + 1;
        }

        _slots = slots;
    }

    private static ulong Hash(ReadOnlySpan<byte> key)
    {
        // A small multiply-rotate mix over 8-byte words; ids are short, so this is a few instructions.
        const ulong k = 0x9E3779B97F4A7C15UL;
        var h = (ulong)key.Length * k;
        while (key.Length >= 8)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * k, 29);
            key = key[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < key.Length; i++)
        {
            tail |= (ulong)key[i] << (8 * i);
        }

        h = (h ^ tail) * k;
        h ^= h >> 32;
        h *= 0xD6E8FEB86659FD93UL;
        return h ^ (h >> 32);
    }
}
