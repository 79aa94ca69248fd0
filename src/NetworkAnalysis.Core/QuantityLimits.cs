namespace NetworkAnalysis.Core;

/// <summary>
/// The largest amounts, weights and head counts the product accepts, checked by every reader. They
/// are far above any real case and low enough that no sum the analyses compute can overflow or lose
/// its meaning: 10^9 transactions of <see cref="MaxAmount"/> sum to 10^24, well inside
/// <see cref="decimal"/> (7.9 × 10^28); 2^31 edges of <see cref="MaxWeight"/> sum to about 2 × 10^21,
/// exact enough in a <see cref="double"/> for every ratio the analyses take.
/// </summary>
public static class QuantityLimits
{
    /// <summary>Largest transaction amount: 10^15 (a quadrillion in any currency).</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>Largest tie or transaction weight: 10^12.</summary>
    public const double MaxWeight = 1e12;

    /// <summary>Largest number of persons on one transaction: 10^6.</summary>
    public const int MaxPersons = 1_000_000;
}
