namespace NetworkAnalysis.IO.Dataset;

/// <summary>
/// Limits for <see cref="DatasetReader"/>, so that a broken or hostile file gives an error instead of
/// exhausting memory. Every limit applies to each file of the dataset.
/// </summary>
public sealed record DatasetReadOptions
{
    /// <summary>The default limits.</summary>
    public static DatasetReadOptions Default { get; } = new();

    /// <summary>The longest field, in characters. Default 1,048,576 (1 M).</summary>
    public int MaxFieldLength { get; init; } = 1 << 20;

    /// <summary>The most columns (fields in a record). Default 1,000.</summary>
    public int MaxColumns { get; init; } = 1_000;

    /// <summary>The longest record (row, including embedded line breaks), in characters. Default 16,777,216 (16 M).</summary>
    public int MaxRecordLength { get; init; } = 16 << 20;

    /// <summary>The most data rows in one file. Default 100,000,000.</summary>
    public long MaxRows { get; init; } = 100_000_000;

    /// <summary>
    /// The most threads parsing <c>transactions.csv</c>; null (the default) for the processor count.
    /// The result is the same at any value.
    /// </summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Files smaller than this are parsed on the calling thread only (tests lower it).</summary>
    internal long ParallelMinimumBytes { get; init; } = 4 << 20;

    internal void Validate()
    {
        if (MaxDegreeOfParallelism is { } degree)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1, nameof(MaxDegreeOfParallelism));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFieldLength, 1, nameof(MaxFieldLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxColumns, 1, nameof(MaxColumns));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRecordLength, 1, nameof(MaxRecordLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRows, 0, nameof(MaxRows));
    }
}
