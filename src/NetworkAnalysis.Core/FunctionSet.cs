using System.Collections;
using System.Numerics;

namespace NetworkAnalysis.Core;

/// <summary>
/// An immutable set of <see cref="Function"/>s stored as a bit mask (bit <c>i</c> is the function
/// with value <c>i</c>). Enumerates in enum order; <see cref="ToString"/> gives the <c>;</c>-joined
/// data-format words, e.g. <c>recruitment;transport</c>.
/// </summary>
public readonly record struct FunctionSet : IEnumerable<Function>
{
    private const uint AllBits = (1u << 12) - 1;

    private FunctionSet(uint mask) => Mask = mask;

    /// <summary>The empty set.</summary>
    public static FunctionSet Empty => default;

    /// <summary>Every defined function.</summary>
    public static FunctionSet All => new(AllBits);

    /// <summary>The bit mask: bit <c>i</c> set when the function with value <c>i</c> is in the set.</summary>
    public uint Mask { get; }

    /// <summary>The number of functions in the set.</summary>
    public int Count => BitOperations.PopCount(Mask);

    /// <summary>True when the set has no function.</summary>
    public bool IsEmpty => Mask == 0;

    /// <summary>The set of the given functions (duplicates ignored).</summary>
    public static FunctionSet Of(params Function[] functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        var set = Empty;
        foreach (var f in functions)
        {
            set = set.With(f);
        }

        return set;
    }

    /// <summary>The set whose bit mask is <paramref name="mask"/>; bits beyond the defined functions are rejected.</summary>
    public static FunctionSet FromMask(uint mask) =>
        (mask & ~AllBits) == 0 ? new FunctionSet(mask) : throw new ArgumentOutOfRangeException(nameof(mask), mask, "undefined function bits");

    /// <summary>True when <paramref name="function"/> is in the set.</summary>
    public bool Contains(Function function) => (Mask & Bit(function)) != 0;

    /// <summary>This set plus <paramref name="function"/>.</summary>
    public FunctionSet With(Function function) => new(Mask | Bit(function));

    /// <summary>This set without <paramref name="function"/>.</summary>
    public FunctionSet Without(Function function) => new(Mask & ~Bit(function));

    /// <summary>The functions in either set.</summary>
    public FunctionSet Union(FunctionSet other) => new(Mask | other.Mask);

    /// <summary>The functions in both sets.</summary>
    public FunctionSet Intersect(FunctionSet other) => new(Mask & other.Mask);

    /// <summary>The functions in this set and not in <paramref name="other"/>.</summary>
    public FunctionSet Except(FunctionSet other) => new(Mask & ~other.Mask);

    /// <summary>The <c>;</c>-joined data-format words in enum order (empty for the empty set).</summary>
    public override string ToString()
    {
        if (IsEmpty)
        {
            return string.Empty;
        }

        return string.Join(';', this.Select(DomainWords.Format));
    }

    /// <summary>Enumerates the functions in enum order without allocating.</summary>
    public Enumerator GetEnumerator() => new(Mask);

    IEnumerator<Function> IEnumerable<Function>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static uint Bit(Function function) =>
        (uint)function < 12 ? 1u << (int)function : throw new ArgumentOutOfRangeException(nameof(function), function, "not a defined function");

    /// <summary>Enumerates the set bits from the lowest.</summary>
    public struct Enumerator : IEnumerator<Function>
    {
        private uint _remaining;

        internal Enumerator(uint mask)
        {
            _remaining = mask;
            Current = default;
        }

        /// <inheritdoc />
        public Function Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext()
        {
            if (_remaining == 0)
            {
                return false;
            }

            var bit = BitOperations.TrailingZeroCount(_remaining);
            _remaining &= _remaining - 1;
            Current = (Function)bit;
            return true;
        }

        /// <inheritdoc />
        public readonly void Reset() => throw new NotSupportedException();

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
