using NetworkAnalysis.Core;

namespace NetworkAnalysis.Synthetic;

/// <summary>
/// Everything drawn about one group before its transactions are: type, business, routes, size, time,
/// which services it runs itself and which outside specialists, carriers and officials it uses.
/// </summary>
internal sealed class GroupPlan
{
    public GroupPlan(int index, GroupType type)
    {
        Index = index;
        Type = type;
    }

    public int Index { get; }

    public GroupType Type { get; }

    public string Name { get; set; } = string.Empty;

    public bool Smuggling { get; set; }

    public bool Trafficking { get; set; }

    /// <summary>The region of the group's origin or ethnic ties: most members' names.</summary>
    public NameRegion Ties { get; set; }

    public List<RoutePlan> Routes { get; } = [];

    /// <summary>Every country the group's members live or act in.</summary>
    public List<string> Countries { get; } = [];

    public int MemberTarget { get; set; }

    /// <summary>People to move over the group's life (migrants and victims), before scaling.</summary>
    public double People { get; set; }

    /// <summary>Share of the people moved who are trafficking victims rather than smuggled migrants.</summary>
    public double VictimShare { get; set; }

    public long Start { get; set; }

    public long End { get; set; }

    /// <summary>The windows of activity of a bursty small group (empty for continuous activity).</summary>
    public List<(long Start, long End)> Bursts { get; } = [];

    /// <summary>Functions the group performs itself, beyond its core business.</summary>
    public FunctionSet InHouse { get; set; }

    /// <summary>Smuggling fees relative to the going rate (more organised groups charge more).</summary>
    public double FeeFactor { get; set; } = 1.0;

    /// <summary>Share of trips that need forged or fraudulently obtained papers.</summary>
    public double DocumentRate { get; set; }

    /// <summary>Share of border crossings eased by a bribe.</summary>
    public double BribeRate { get; set; }

    /// <summary>Share of trips that use commercial carriers (bus, ferry, flight tickets).</summary>
    public double CommercialRate { get; set; }

    /// <summary>Share of migrants who pay through a hawala (money transfer) shop, released on arrival.</summary>
    public double HawalaRate { get; set; }

    /// <summary>Share of trips with visa applications at several consulates.</summary>
    public double VisaShoppingRate { get; set; }

    public bool Drugs { get; set; }

    public bool Arms { get; set; }

    public int FrontBusinesses { get; set; }

    /// <summary>Outside specialists and upperworld contacts (indexes of pool agents).</summary>
    public List<int> Forgers { get; } = [];

    public List<int> Launderers { get; } = [];

    public List<int> Hawaladars { get; } = [];

    public List<int> BoatCrews { get; } = [];

    public List<int> Carriers { get; } = [];

    public List<int> TravelAgencies { get; } = [];

    public List<int> Consulates { get; } = [];

    public List<int> Officials { get; } = [];

    public List<int> DrugPartners { get; } = [];

    public List<int> ArmsDealers { get; } = [];

    /// <summary>Another group this one works with (subcontracting a leg, handing over people), or −1.</summary>
    public int Partner { get; set; } = -1;

    /// <summary>True when the link to <see cref="Partner"/> runs through a person who is a member of both.</summary>
    public bool SharesMember { get; set; }

    /// <summary>Agent indexes of the members, filled when the roster is drawn.</summary>
    public List<int> Members { get; } = [];
}
