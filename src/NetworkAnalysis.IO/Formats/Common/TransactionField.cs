namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>Where an edge attribute goes in a <see cref="Core.Transaction"/>.</summary>
internal enum TransactionField
{
    /// <summary>An extra attribute, kept in <see cref="Core.Transaction.Attributes"/>.</summary>
    Extra,

    /// <summary>A name the format uses for something else (source, target); dropped with a warning.</summary>
    Reserved,

    Id,
    Kind,
    Time,
    Amount,
    Currency,
    Country,
    Route,
    Persons,
    Weight,
}
