namespace NetworkAnalysis.IO.Csv;

/// <summary>Caps that keep a hostile or broken file from exhausting memory.</summary>
/// <param name="MaxFieldLength">The longest field, in UTF-16 characters.</param>
/// <param name="MaxColumns">The most fields in one record.</param>
/// <param name="MaxRecordLength">The longest record, in UTF-16 characters.</param>
internal readonly record struct CsvLimits(int MaxFieldLength, int MaxColumns, int MaxRecordLength);
