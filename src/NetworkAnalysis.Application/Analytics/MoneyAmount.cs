using System.Globalization;

namespace NetworkAnalysis.Application.Analytics;

/// <summary>A sum of money in one currency.</summary>
/// <param name="Currency">The ISO 4217 code, or null when the data gave none.</param>
/// <param name="Amount">The sum.</param>
public sealed record MoneyAmount(string? Currency, decimal Amount)
{
    /// <summary>For example <c>1200.50 EUR</c>, or just the number without a currency.</summary>
    public override string ToString() =>
        Currency is null ? Amount.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{Amount} {Currency}");

    /// <summary>Joins sums per currency: <c>1200 EUR; 300 USD</c> (empty when none).</summary>
    public static string Format(IReadOnlyList<MoneyAmount> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        return string.Join("; ", amounts);
    }

    /// <summary>Adds <paramref name="amount"/> to the per-currency list (kept in order of first currency).</summary>
    internal static void Add(List<MoneyAmount> sums, string? currency, decimal amount)
    {
        for (var i = 0; i < sums.Count; i++)
        {
            if (string.Equals(sums[i].Currency, currency, StringComparison.Ordinal))
            {
                sums[i] = sums[i] with { Amount = sums[i].Amount + amount };
                return;
            }
        }

        sums.Add(new MoneyAmount(currency, amount));
    }
}
