namespace NetworkAnalysis.Synthetic;

/// <summary>Amounts as people write them: cash fees and bribes in round figures, ticket sales to the cent.</summary>
internal static class Money
{
    /// <summary>
    /// <paramref name="euros"/> in <paramref name="currency"/>, rounded to two significant digits
    /// (2,734 → 2,700; 0.5 chance of halves: 2,750), never below one unit.
    /// </summary>
    public static decimal Round(Rng rng, decimal euros, string currency)
    {
        var amount = Geography.FromEuro(euros, currency);
        if (amount < 10m)
        {
            return Math.Max(1m, decimal.Round(amount, 0));
        }

        var step = 1m;
        while (amount / step >= 100m)
        {
            step *= 10m;
        }

        if (rng.Chance(0.5) && step >= 10m)
        {
            step /= 2m;
        }

        return decimal.Round(amount / step, 0, MidpointRounding.AwayFromZero) * step;
    }

    /// <summary><paramref name="euros"/> in <paramref name="currency"/>, to the cent (invoices, tickets).</summary>
    public static decimal Exact(decimal euros, string currency) => decimal.Round(Geography.FromEuro(euros, currency), 2);

    /// <summary>A euro amount drawn log-normally around <paramref name="median"/>.</summary>
    public static decimal Euros(Rng rng, double median, double sigma) => (decimal)rng.LogNormal(median, sigma);
}
