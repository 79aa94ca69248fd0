using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic;

/// <summary>A cell of a group: a few members in one country specialised in one function; the first is its leader.</summary>
internal sealed class Cell
{
    public Cell(Function main, string country)
    {
        Main = main;
        Country = country;
    }

    public Function Main { get; }

    public string Country { get; }

    public List<int> Members { get; } = [];

    public int Leader => Members[0];
}
