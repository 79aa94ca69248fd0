using System.Collections.Frozen;

namespace NetworkAnalysis.Classification;

/// <summary>
/// Every group indicator, in a fixed order (the order of <see cref="GroupIndicators.All"/>), with its
/// unit, definition and the domain sentence it comes from.
/// </summary>
/// <remarks>
/// "The group" is a set of member agents (declared, or detected by community detection). Its
/// transactions are those with at least one member endpoint; its people are the migrants and victims
/// in them; outside specialists are underworld agents that are not members.
/// </remarks>
public static class IndicatorCatalog
{
    private const string Size = "DOMAIN §4: small groups are 'a few offenders'; transnational groups are 'many offenders over a wide geography'.";
    private const string Ancillary = "DOMAIN §4: small groups 'do not launder money or forge papers themselves but hire specialists when needed'; transnational groups are 'tied to ancillary services (official protection, debt collectors, document forgers, money launderers, even intelligence gathering)'.";
    private const string Geography = "DOMAIN §4: small groups 'work in the few countries they know'; transnational groups operate 'over a wide geography' with 'several routes to several destinations'.";
    private const string Time = "DOMAIN §4: small groups' activity is 'limited in time'; transnational groups are in 'continuous operation'.";
    private const string Upperworld = "DOMAIN §4: transnational groups are 'linked to the upperworld through businesses or bribes'; small groups 'use commercial transport and legal-looking channels and visa shopping'.";
    private const string Structure = "anchors §6.3: structural features (size, centralisation, hierarchy depth); Campana 2018: local rudimentary hierarchies.";
    private const string Trafficking = "DOMAIN §5: trafficking needs 'improper means (force, coercion, deception, ...)' and 'the purpose of exploitation'; 'the trafficker's income is the proceeds of exploitation, and the relation to the victim continues; the smuggler's income is the fee, and the relation usually ends on arrival'.";

    private static readonly IndicatorDefinition[] _all =
    [
        new(IndicatorNames.Members, "agents", "Member agents that are not migrants or victims (persons, cells, and any business or official listed as a member).", Size),
        new(IndicatorNames.Transactions, "transactions", "Transactions with at least one member endpoint.", Size),
        new(IndicatorNames.FunctionsInHouse, "functions", "Distinct functions performed by members: declared in their functions, or shown by a transaction a member performs (transport, recruitment, exploitation, bribes, and the ancillary services as below). Unknown when no member has a known function and no transaction shows one.", "DOMAIN §4: small groups are 'a few offenders performing one or a few functions'."),
        new(IndicatorNames.ForgeryInHouse, "flag", "1 when a member forges documents (declared document_forgery, or a documents transaction with a member as supplier when no outsider supplies documents to the group), else 0.", Ancillary),
        new(IndicatorNames.LaunderingInHouse, "flag", "1 when a member launders money (declared money_laundering, or a laundering transfer between members or between a member and a business when no outside launderer is used), else 0.", Ancillary),
        new(IndicatorNames.DebtCollectionInHouse, "flag", "1 when a member collects debts (declared debt_collection, or debt collection between a member and a migrant or victim when no outside collector is used), else 0.", Ancillary),
        new(IndicatorNames.IntelligenceInHouse, "flag", "1 when a member gathers intelligence (declared intelligence), else 0.", Ancillary),
        new(IndicatorNames.ProtectionInHouse, "flag", "1 when a member provides protection, escort or enforcement (declared protection, or a protection transaction a member performs when no outside enforcer is used), else 0.", Ancillary),
        new(IndicatorNames.AncillaryInHouse, "services", "How many of the five ancillary services (document forgery, money laundering, debt collection, intelligence, protection) members perform.", Ancillary),
        new(IndicatorNames.AncillaryBoughtOnly, "services", "Ancillary services bought from outside specialists and performed by no member. A service counts as bought when at least two of the group's transactions show it: the service transaction itself between a member and an underworld non-member, or between such an outsider and one of the group's people (documents, debt collection, protection), or a payment from a member to a non-member who declares the function.", Ancillary),
        new(IndicatorNames.OutsideSpecialists, "agents", "Distinct underworld non-members that provide the group an ancillary service or a transport, recruitment or exploitation service.", Ancillary),
        new(IndicatorNames.Countries, "countries", "Distinct countries in the members' countries, the group's transactions' countries and routes, and the countries of the people and upperworld agents it deals with. Unknown when none is recorded.", Geography),
        new(IndicatorNames.EffectiveCountries, "countries", "(Σ nᵢ)² / Σ nᵢ², where nᵢ is the number of the group's transactions that take place in or route through country i: the number of equally busy countries that would give the same concentration. Stray transactions (noise, one-off contacts) barely move it, unlike the distinct count. When no transaction has a country or route, the same over the home countries of the members and the group's people (each agent once); unknown when none is recorded either.", Geography),
        new(IndicatorNames.Routes, "routes", "Distinct routes (country sequences) of the group's transactions. Unknown when no transaction has a route.", Geography),
        new(IndicatorNames.Destinations, "countries", "Distinct last countries of those routes. Unknown when no transaction has a route.", Geography),
        new(IndicatorNames.NewRoutes, "routes", "Routes first used after the first third of the group's dated activity. Unknown without dated routes.", "DOMAIN §4: transnational groups are 'innovative, always looking for new routes and ports of entry'."),
        new(IndicatorNames.PeopleMoved, "persons", "The largest of: distinct migrants and victims dealing with members; persons counted on recruitment and fee transactions; persons counted on transport transactions divided by the mean number of legs per route. Unknown when none of these is recorded.", "DOMAIN §4: small groups move 'limited numbers of people'; transnational groups move 'many people'."),
        new(IndicatorNames.SpanMonths, "months", "Calendar months from the first to the last dated transaction, inclusive. Unknown without dated transactions.", Time),
        new(IndicatorNames.ActiveMonths, "months", "Calendar months (UTC) with at least one dated transaction. Unknown without dated transactions.", Time),
        new(IndicatorNames.Continuity, "ratio", "active_months / span_months. Unknown without dated transactions.", Time),
        new(IndicatorNames.Burstiness, "coefficient", "Goh–Barabási burstiness (σ − μ) / (σ + μ) of the gaps between consecutive active days: −1 regular, 0 random, towards 1 bursty. Unknown with fewer than three active days.", "DOMAIN §4 and the working paper ¶6: small groups act 'sporadically' (零散地); transnational groups continuously."),
        new(IndicatorNames.DrugTransactions, "transactions", "Drug-trafficking transactions with a member endpoint.", "DOMAIN §4: transnational groups are 'also in drug trafficking and arms smuggling'."),
        new(IndicatorNames.ArmsTransactions, "transactions", "Arms-smuggling transactions with a member endpoint.", "DOMAIN §4: transnational groups are 'also in drug trafficking and arms smuggling'."),
        new(IndicatorNames.OtherCrimes, "crime types", "How many of drug trafficking and arms smuggling the group's transactions show (0 to 2).", "DOMAIN §4: transnational groups are 'also in drug trafficking and arms smuggling'."),
        new(IndicatorNames.OfficialsBribed, "officials", "Distinct officials who are members, or who receive a bribe from a member, or at least two payments, protection money or protection transactions with members (one stray payment does not make an official corrupt).", Upperworld),
        new(IndicatorNames.VisaShopping, "officials", "Distinct officials the group deals with for documents and does not bribe (visa applications at several consulates).", Upperworld),
        new(IndicatorNames.BusinessesUsed, "businesses", "Distinct businesses that are members, or that deal with members in at least two transactions other than transport and communication (fronts, laundering, employers, payments).", Upperworld),
        new(IndicatorNames.CommercialTransport, "businesses", "Distinct businesses that deal with members only by transport (commercial carriers).", Upperworld),
        new(IndicatorNames.Density, "ratio", "Edges over possible edges in the undirected simple graph of transactions among members. Unknown with fewer than two members.", Structure),
        new(IndicatorNames.Centralisation, "ratio", "Freeman degree centralisation of that graph: Σ (d_max − d_i) / ((n − 1)(n − 2)). Unknown with fewer than three members.", Structure),
        new(IndicatorNames.HierarchyLevels, "levels", "1 + the largest breadth-first depth from the most connected member (lowest index on ties) in that graph. Unknown with fewer than two members.", Structure),
        new(IndicatorNames.Victims, "persons", "Distinct agents of kind victim (or marked as victims) dealing with members.", Trafficking),
        new(IndicatorNames.Migrants, "persons", "Distinct agents of kind migrant dealing with members.", Trafficking),
        new(IndicatorNames.ExploitationTransactions, "transactions", "Exploitation transactions with a member endpoint or involving the group's people.", Trafficking),
        new(IndicatorNames.DebtCollectionTransactions, "transactions", "Debt-collection transactions with a member endpoint or involving the group's people.", Trafficking),
        new(IndicatorNames.FeeTransactions, "transactions", "Fee transactions between the group's people and members (or the network).", Trafficking),
        new(IndicatorNames.ExploitedShare, "ratio", "Share of the group's people in an exploitation transaction (with anyone). Unknown when the group has no people.", Trafficking),
        new(IndicatorNames.CoercedShare, "ratio", "Share of the group's people subject to coercion: debt collection or protection (enforcers) aimed at them, or a transaction attribute naming force, threats, violence, confinement or withheld documents. Unknown when the group has no people.", Trafficking),
        new(IndicatorNames.FeePayingShare, "ratio", "Share of the group's people who paid a fee. Unknown when the group has no people.", Trafficking),
        new(IndicatorNames.ContinuingRelations, "ratio", "Among the group's people with a dated transport leg (arrival = the last one), the share with a later transaction (other than transport or communication) more than 7 days after arrival. Unknown when no person has a dated transport leg.", Trafficking),
        new(IndicatorNames.ExploitationIncomeShare, "ratio", "Exploitation proceeds / (exploitation proceeds + fees) over the group's people's transactions, by amount when amounts are recorded, else by count. Unknown when there is neither.", Trafficking),
        new(IndicatorNames.MemberCountries, "countries", "(Σ nᵢ)² / Σ nᵢ², where nᵢ is the number of members whose home country is i: the number of equally staffed countries the members are spread over. Does not grow with the volume or duration of activity. Unknown when no member has a country.", "Working paper ¶6: small groups 'operate in particular countries, such as those they know well through nationality or ethnic ties'; ¶7: transnational networks 'operate over a wide geographic area'."),
        new(IndicatorNames.CrossBorderShare, "ratio", "Share of the group's transactions that cross a border: a route through two or more countries, or two parties whose home countries differ. Over the transactions where this can be told (a route, or both parties' countries); unknown when there are none.", "Working paper ¶7: transnational networks 'operate over a wide geographic area' and 'move people through their network'; ¶6: small groups act 'in particular countries'."),
        new(IndicatorNames.FunctionsPerMember, "functions", "Mean number of operational functions (all but coordination and financing) declared per member, over the members that declare any. Unknown when none does.", "Working paper ¶4: 'an individual can act as recruiter, transporter or protector and perform many other functions, which limits the number of offenders in the group'; 'small cells of two or three people can specialise in one function'; ¶7: in large groups 'all aspects of the operation are controlled' by the organisation."),
        new(IndicatorNames.OutsourcedShare, "ratio", "ancillary_bought_only / (ancillary_bought_only + ancillary_in_house): the share of the ancillary services the group uses that it buys from outside specialists. Unknown when it neither performs nor buys any, or when functions are unknown.", "Working paper ¶5: small groups 'are unlikely to engage in ancillary activities such as money laundering or document forgery themselves, but seek out specialists to provide these services when needed'; ¶7: transnational groups are 'more likely to be linked to' these services."),
        new(IndicatorNames.LongestActiveRun, "months", "The longest run of consecutive calendar months (UTC) in which the group operates: at least one dated transaction other than communication and payment (moving, recruiting, fees, exploitation, services, bribes, other crimes), so background calls and stray records do not make a sporadic group continuous. Over all dated transactions when none is operational; unknown without dated transactions.", "Working paper ¶6: small groups act 'only sporadically' (零散地); ¶7: transnational networks 'tend to operate continuously'."),
    ];

    private static readonly FrozenDictionary<string, int> _index =
        _all.Select((d, i) => (d.Name, i)).ToFrozenDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);

    /// <summary>Every indicator definition, in fixed order.</summary>
    public static IReadOnlyList<IndicatorDefinition> All => _all;

    /// <summary>The number of indicators.</summary>
    public static int Count => _all.Length;

    /// <summary>The position of indicator <paramref name="name"/> in <see cref="All"/>, or −1 when there is none.</summary>
    public static int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _index.TryGetValue(name, out var i) ? i : -1;
    }

    /// <summary>The definition of indicator <paramref name="name"/>; throws <see cref="KeyNotFoundException"/> for an unknown name.</summary>
    public static IndicatorDefinition Get(string name)
    {
        var i = IndexOf(name);
        return i >= 0 ? _all[i] : throw new KeyNotFoundException($"no indicator named '{name}'");
    }
}
