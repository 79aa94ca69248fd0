namespace NetworkAnalysis.Classification;

/// <summary>
/// The names of the group indicators (snake_case, as they appear in model files, reports and
/// reason templates). <see cref="IndicatorCatalog"/> gives each one's unit, definition and source.
/// </summary>
public static class IndicatorNames
{
    /// <summary>Offender members of the group (agents).</summary>
    public const string Members = "members";

    /// <summary>Transactions with at least one member as an endpoint.</summary>
    public const string Transactions = "transactions";

    /// <summary>Distinct functions performed by members.</summary>
    public const string FunctionsInHouse = "functions_in_house";

    /// <summary>Document forgery performed by a member (1) or not (0).</summary>
    public const string ForgeryInHouse = "forgery_in_house";

    /// <summary>Money laundering performed by a member (1) or not (0).</summary>
    public const string LaunderingInHouse = "laundering_in_house";

    /// <summary>Debt collection performed by a member (1) or not (0).</summary>
    public const string DebtCollectionInHouse = "debt_collection_in_house";

    /// <summary>Intelligence gathering performed by a member (1) or not (0).</summary>
    public const string IntelligenceInHouse = "intelligence_in_house";

    /// <summary>Protection (escort, security, enforcers) performed by a member (1) or not (0).</summary>
    public const string ProtectionInHouse = "protection_in_house";

    /// <summary>Ancillary services performed by members.</summary>
    public const string AncillaryInHouse = "ancillary_in_house";

    /// <summary>Ancillary services bought from outside specialists and not performed by any member.</summary>
    public const string AncillaryBoughtOnly = "ancillary_bought_only";

    /// <summary>Outside specialists the group buys services from.</summary>
    public const string OutsideSpecialists = "outside_specialists";

    /// <summary>Distinct countries the group's activity touches.</summary>
    public const string Countries = "countries";

    /// <summary>The effective number of countries of the group's transactions (inverse Simpson concentration).</summary>
    public const string EffectiveCountries = "effective_countries";

    /// <summary>Distinct routes used.</summary>
    public const string Routes = "routes";

    /// <summary>Distinct route destinations.</summary>
    public const string Destinations = "destinations";

    /// <summary>Routes first used after the first third of the group's activity.</summary>
    public const string NewRoutes = "new_routes";

    /// <summary>People (migrants and victims) moved, recruited or exploited.</summary>
    public const string PeopleMoved = "people_moved";

    /// <summary>Months from the first to the last dated transaction.</summary>
    public const string SpanMonths = "span_months";

    /// <summary>Calendar months with at least one transaction.</summary>
    public const string ActiveMonths = "active_months";

    /// <summary>Active months over span months.</summary>
    public const string Continuity = "continuity";

    /// <summary>Goh–Barabási burstiness of the gaps between active days.</summary>
    public const string Burstiness = "burstiness";

    /// <summary>Drug-trafficking transactions.</summary>
    public const string DrugTransactions = "drug_transactions";

    /// <summary>Arms-smuggling transactions.</summary>
    public const string ArmsTransactions = "arms_transactions";

    /// <summary>Other crime types (drugs, arms) the group is involved in.</summary>
    public const string OtherCrimes = "other_crimes";

    /// <summary>Officials paid bribes, payments or protection money by the group (or members themselves).</summary>
    public const string OfficialsBribed = "officials_bribed";

    /// <summary>Officials dealt with for documents without any bribe (visa shopping).</summary>
    public const string VisaShopping = "visa_shopping";

    /// <summary>Businesses used beyond plain transport (fronts, laundering, employers, payments) in at least two transactions, or that are members.</summary>
    public const string BusinessesUsed = "businesses_used";

    /// <summary>Businesses used only for transport (commercial carriers).</summary>
    public const string CommercialTransport = "commercial_transport";

    /// <summary>Density of the member subgraph.</summary>
    public const string Density = "density";

    /// <summary>Freeman degree centralisation of the member subgraph.</summary>
    public const string Centralisation = "degree_centralisation";

    /// <summary>Levels of hierarchy below and including the most connected member.</summary>
    public const string HierarchyLevels = "hierarchy_levels";

    /// <summary>Distinct victims linked to the group.</summary>
    public const string Victims = "victims";

    /// <summary>Distinct migrants linked to the group.</summary>
    public const string Migrants = "migrants";

    /// <summary>Exploitation transactions involving the group's people or members.</summary>
    public const string ExploitationTransactions = "exploitation_transactions";

    /// <summary>Debt-collection transactions involving the group's people or members.</summary>
    public const string DebtCollectionTransactions = "debt_collection_transactions";

    /// <summary>Fees paid by migrants or victims to members.</summary>
    public const string FeeTransactions = "fee_transactions";

    /// <summary>Share of the group's people exploited.</summary>
    public const string ExploitedShare = "exploited_share";

    /// <summary>Share of the group's people subject to coercion (enforcers, debt collection, threats).</summary>
    public const string CoercedShare = "coerced_share";

    /// <summary>Share of the group's people who paid a fee.</summary>
    public const string FeePayingShare = "fee_paying_share";

    /// <summary>Share of people with a known arrival whose relation with the network continues after it.</summary>
    public const string ContinuingRelations = "continuing_relations";

    /// <summary>Share of the money from people that is exploitation proceeds rather than fees.</summary>
    public const string ExploitationIncomeShare = "exploitation_income_share";

    /// <summary>The effective number of countries the members live in (inverse Simpson over their home countries).</summary>
    public const string MemberCountries = "member_countries";

    /// <summary>Share of the group's transactions that cross a border.</summary>
    public const string CrossBorderShare = "cross_border_share";

    /// <summary>Mean number of operational functions declared per member (a few do everything vs specialised cells).</summary>
    public const string FunctionsPerMember = "functions_per_member";

    /// <summary>Share of the ancillary services the group uses that it buys from outside rather than performs.</summary>
    public const string OutsourcedShare = "outsourced_share";

    /// <summary>The longest run of consecutive calendar months with activity.</summary>
    public const string LongestActiveRun = "longest_active_run";
}
