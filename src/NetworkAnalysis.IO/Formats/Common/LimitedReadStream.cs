using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>
/// A read-only view of a stream that fails with an <see cref="InputFormatException"/> once more than
/// <see cref="FormatReadOptions.MaxDocumentBytes"/> bytes were read, and turns I/O errors of the underlying
/// stream into input problems. Counts the bytes read (the offset for problems without a line).
/// </summary>
internal sealed class LimitedReadStream : Stream
{
    private const int HeadSize = 1 << 16;

    private readonly Stream _inner;
    private readonly long _limit;
    private readonly string _file;
    private readonly byte[] _head = new byte[HeadSize];
    private int _headLength;

    public LimitedReadStream(Stream inner, long limit, string file)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (!inner.CanRead)
        {
            throw new ArgumentException("the stream cannot be read", nameof(inner));
        }

        _inner = inner;
        _limit = limit;
        _file = file;
    }

    /// <summary>The first bytes read (up to 64 KiB), to locate problems the parser reports without a position.</summary>
    public ReadOnlySpan<byte> Head => _head.AsSpan(0, _headLength);

    /// <summary>The number of bytes read so far.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Ask for at most one byte past the limit, so a file exactly at the limit still reads.
        var allowed = _limit - BytesRead + 1;
        if (buffer.Length > allowed)
        {
            buffer = buffer[..(int)allowed];
        }

        int read;
        try
        {
            read = _inner.Read(buffer);
        }
        catch (IOException ex)
        {
            throw new InputFormatException(new InputProblem(_file, null, null, $"could not read the input after {BytesRead:N0} bytes: {ex.Message}"), ex);
        }

        if (_headLength < HeadSize && read > 0)
        {
            var keep = Math.Min(read, HeadSize - _headLength);
            buffer[..keep].CopyTo(_head.AsSpan(_headLength));
            _headLength += keep;
        }

        BytesRead += read;
        if (BytesRead > _limit)
        {
            throw new InputFormatException(new InputProblem(_file, null, null, $"the input is larger than {_limit:N0} bytes (FormatReadOptions.MaxDocumentBytes)"));
        }

        return read;
    }

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
