using NetworkAnalysis.Synthetic;

namespace NetworkAnalysis.Synthetic.Tests;

public class GeographyTests
{
    [Test]
    public void Corridors_HaveOneLegBetweenEachPairOfStops()
    {
        Geography.Corridors.Should().OnlyContain(c => c.Legs.Length == c.Stops.Length - 1 && c.Legs.Length >= 1);
    }

    [Test]
    public void Corridors_UseOnlyKnownCountriesAndCurrencies()
    {
        var known = Geography.Countries.Select(c => c.Code).ToHashSet();
        foreach (var corridor in Geography.Corridors)
        {
            corridor.Stops.Should().OnlyContain(s => known.Contains(s));
            corridor.People.Should().OnlyContain(s => known.Contains(s));
            corridor.Stops.Should().OnlyHaveUniqueItems();
            var convert = () => Geography.FromEuro(1m, corridor.FeeCurrency);
            convert.Should().NotThrow();
        }

        Geography.Countries.Select(c => c.Code).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void Money_Round_GivesRoundFiguresNearTheAmount()
    {
        var rng = new Rng(1);
        for (var i = 0; i < 200; i++)
        {
            var euros = (decimal)rng.Uniform(10, 50000);
            var rounded = Money.Round(rng, euros, "EUR");
            ((double)(rounded / euros)).Should().BeInRange(0.9, 1.1);
            (rounded % 1).Should().Be(0);
        }
    }

    [Test]
    public void Rng_SameSeed_SameSequenceAndRoughlyUniform()
    {
        var a = Rng.Fork(7, 3);
        var b = Rng.Fork(7, 3);
        var c = Rng.Fork(7, 4);
        var same = 0;
        double sum = 0;
        for (var i = 0; i < 10000; i++)
        {
            var x = a.NextDouble();
            b.NextDouble().Should().Be(x);
            same += c.NextDouble() == x ? 1 : 0;
            sum += x;
        }

        same.Should().Be(0);
        (sum / 10000).Should().BeApproximately(0.5, 0.02);
    }
}
