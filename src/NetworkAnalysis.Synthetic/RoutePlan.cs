namespace NetworkAnalysis.Synthetic;

/// <summary>A route a group runs: the stretch of a corridor it covers and when it is open.</summary>
internal sealed class RoutePlan
{
    public RoutePlan(Corridor corridor, string[] stops, LegMode[] legs, decimal fee, int routeIndex)
    {
        Corridor = corridor;
        Stops = stops;
        Legs = legs;
        Fee = fee;
        RouteIndex = routeIndex;
    }

    public Corridor Corridor { get; }

    /// <summary>The countries the group moves people through, in order.</summary>
    public string[] Stops { get; }

    public LegMode[] Legs { get; }

    /// <summary>The going fee for this stretch, in <see cref="Corridor.FeeCurrency"/>.</summary>
    public decimal Fee { get; }

    /// <summary>The index of <see cref="Stops"/> in <see cref="CaseDraft.Routes"/>.</summary>
    public int RouteIndex { get; }

    /// <summary>Where the route's recruiting happens: the corridor's first stop.</summary>
    public string Origin => Corridor.Stops[0];

    /// <summary>Where the route ends (the port of entry or destination).</summary>
    public string Destination => Stops[^1];

    /// <summary>First minute the route is used.</summary>
    public long Open { get; set; }

    /// <summary>Minute after which it is no longer used (closed by border control or displaced).</summary>
    public long Close { get; set; }
}
