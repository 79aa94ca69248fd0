namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>Which characters an output can carry in an id.</summary>
internal enum OutputText
{
    /// <summary>XML 1.0: no control characters other than tab and line breaks, no unpaired surrogates, no U+FFFE/U+FFFF.</summary>
    Xml,

    /// <summary>Any valid UTF-16 (unpaired surrogates cannot be encoded).</summary>
    Unicode,

    /// <summary>A quoted token on one line: valid UTF-16 without CR or LF.</summary>
    Line,
}
