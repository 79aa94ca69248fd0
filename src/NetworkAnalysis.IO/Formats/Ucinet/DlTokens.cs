using NetworkAnalysis.IO.Formats.Common;

namespace NetworkAnalysis.IO.Formats.Ucinet;

/// <summary>
/// The tokens of a DL file, across lines: separated by white space, commas and equal signs, with
/// <c>"quoted labels"</c>. Line-based data (edge and node lists) is read with <see cref="NextLine"/>.
/// </summary>
internal sealed class DlTokens(LineReader lines)
{
    private readonly List<string> _tokens = [];
    private int _index;
    private bool _eof;

    public LineReader Lines { get; } = lines;

    public long Line => Lines.LineNumber;

    /// <summary>The next token, or null at the end of the file.</summary>
    public string? Next()
    {
        var token = Peek();
        if (token is not null)
        {
            _index++;
        }

        return token;
    }

    public string? Peek()
    {
        while (_index >= _tokens.Count)
        {
            if (_eof || !Fill())
            {
                _eof = true;
                return null;
            }
        }

        return _tokens[_index];
    }

    /// <summary>
    /// The tokens of the next line with any (the rest of the current line first, if tokens are left on it);
    /// false at the end of the file.
    /// </summary>
    public bool NextLine(List<string> into)
    {
        into.Clear();
        if (_index < _tokens.Count)
        {
            into.AddRange(_tokens.Skip(_index));
            _index = _tokens.Count;
            return true;
        }

        while (!_eof)
        {
            if (!Fill())
            {
                _eof = true;
                return false;
            }

            if (_tokens.Count > 0)
            {
                into.AddRange(_tokens);
                _index = _tokens.Count;
                return true;
            }
        }

        return false;
    }

    private bool Fill()
    {
        if (!Lines.ReadLine(out var line))
        {
            return false;
        }

        if (!LineTokens.Split(line, _tokens, commaAndEquals: true))
        {
            throw Lines.Error("a quoted label is not closed");
        }

        _index = 0;
        return true;
    }
}
