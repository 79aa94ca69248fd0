using NetworkAnalysis.Core;

namespace NetworkAnalysis.Classification.Tests;

public class GroupIndicatorsTests
{
    private static readonly Dictionary<string, string> Threat = new() { ["means"] = "threats" };

    [Test]
    public void Members_CountsOffendersButNotListedMigrants()
    {
        var ind = new CaseSketch()
            .Member("a", "g").Member("b", "g").Member("c", "g")
            .Agent("m", AgentKind.Migrant, group: "g")
            .Tx("a", "b", TransactionKind.Communication)
            .Indicators();

        ind.Value(IndicatorNames.Members).Should().Be(3);
    }

    [Test]
    public void Transactions_CountsMemberToMemberOnceAndOutsideOnes()
    {
        var ind = new CaseSketch()
            .Member("a", "g").Member("b", "g").Agent("x", AgentKind.Person).Agent("y", AgentKind.Person)
            .Tx("a", "b", TransactionKind.Communication)
            .Tx("b", "a", TransactionKind.Communication)
            .Tx("a", "x", TransactionKind.Payment)
            .Tx("x", "y", TransactionKind.Payment)
            .Indicators();

        ind.Value(IndicatorNames.Transactions).Should().Be(3);
    }

    [Test]
    public void FunctionsInHouse_UnionOfDeclaredAndShownByTransactions()
    {
        var ind = new CaseSketch()
            .Member("a", "g", "recruitment").Member("b", "g")
            .Agent("m", AgentKind.Migrant)
            .Tx("b", "m", TransactionKind.Transport)
            .Indicators();

        ind.Value(IndicatorNames.FunctionsInHouse).Should().Be(2);
        ind[IndicatorNames.FunctionsInHouse].Detail.Should().Be("recruitment, transport");
        ind.InHouseFunctions.Should().BeEquivalentTo(new[] { Function.Recruitment, Function.Transport });
    }

    [Test]
    public void FunctionIndicators_UnknownWhenNoFunctionIsDeclaredOrShown()
    {
        var ind = new CaseSketch()
            .Member("a", "g").Member("b", "g")
            .Tx("a", "b", TransactionKind.Communication)
            .Indicators();

        ind[IndicatorNames.FunctionsInHouse].IsKnown.Should().BeFalse();
        ind[IndicatorNames.LaunderingInHouse].IsKnown.Should().BeFalse();
        ind[IndicatorNames.AncillaryBoughtOnly].IsKnown.Should().BeFalse();
    }

    [Test]
    public void ForgeryInHouse_DeclaredByAMember_IsOne()
    {
        var ind = new CaseSketch()
            .Member("a", "g", "document_forgery").Member("b", "g", "transport")
            .Indicators();

        ind.Value(IndicatorNames.ForgeryInHouse).Should().Be(1);
        ind.Value(IndicatorNames.LaunderingInHouse).Should().Be(0);
        ind.Value(IndicatorNames.AncillaryInHouse).Should().Be(1);
    }

    [Test]
    public void Forgery_DocumentsFromAnOutsiderPassedOnToMigrants_IsBoughtNotInHouse()
    {
        var ind = new CaseSketch()
            .Member("a", "g", "transport").Agent("forger", AgentKind.Person, functions: "document_forgery")
            .Agent("m", AgentKind.Migrant)
            .Tx("a", "forger", TransactionKind.Payment)
            .Tx("forger", "a", TransactionKind.Documents)
            .Tx("a", "m", TransactionKind.Documents)
            .Indicators();

        ind.Value(IndicatorNames.ForgeryInHouse).Should().Be(0);
        ind.Value(IndicatorNames.AncillaryBoughtOnly).Should().Be(1);
        ind[IndicatorNames.AncillaryBoughtOnly].Detail.Should().Be("document forgery");
        ind.Value(IndicatorNames.OutsideSpecialists).Should().Be(1);
    }

    [Test]
    public void Forgery_MemberSupplyingDocumentsWithNoOutsideForger_IsInHouse()
    {
        var ind = new CaseSketch()
            .Member("a", "g").Agent("m", AgentKind.Migrant).Agent("n", AgentKind.Migrant)
            .Tx("a", "m", TransactionKind.Documents)
            .Tx("a", "n", TransactionKind.Documents)
            .Indicators();

        ind.Value(IndicatorNames.ForgeryInHouse).Should().Be(1);
    }

    [Test]
    public void Forgery_OneStrayDocumentsRecord_IsNotInHouse()
    {
        // Long-lived groups collect stray records; one must not make a group forge in-house.
        var ind = new CaseSketch()
            .Member("a", "g").Agent("m", AgentKind.Migrant)
            .Tx("a", "m", TransactionKind.Documents)
            .Indicators();

        ind.Value(IndicatorNames.ForgeryInHouse).Should().Be(0);
    }

    [Test]
    public void Laundering_ThroughABusiness_IsInHouseAndABusinessUsed()
    {
        var ind = new CaseSketch()
            .Member("a", "g").Agent("shop", AgentKind.Business)
            .Tx("a", "shop", TransactionKind.Laundering)
            .Tx("a", "shop", TransactionKind.Laundering)
            .Indicators();

        ind.Value(IndicatorNames.LaunderingInHouse).Should().Be(1);
        ind.Value(IndicatorNames.BusinessesUsed).Should().Be(1);
    }

    [Test]
    public void Laundering_PaymentToAnOutsideLaunderer_IsBoughtOnly()
    {
        var ind = new CaseSketch()
            .Member("a", "g", "recruitment").Agent("l", AgentKind.Person, functions: "money_laundering")
            .Tx("a", "l", TransactionKind.Payment)
            .Tx("a", "l", TransactionKind.Payment)
            .Indicators();

        ind.Value(IndicatorNames.LaunderingInHouse).Should().Be(0);
        ind.Value(IndicatorNames.AncillaryBoughtOnly).Should().Be(1);
        ind.BoughtOnlyServices.Should().BeEquivalentTo(new[] { Function.MoneyLaundering });
    }

    [Test]
    public void Ancillary_InHouseAndAlsoBought_IsNotBoughtOnly()
    {
        var ind = new CaseSketch()
            .Member("a", "g", "money_laundering;intelligence;protection").Agent("l", AgentKind.Person)
            .Tx("a", "l", TransactionKind.Laundering)
            .Indicators();

        ind.Value(IndicatorNames.LaunderingInHouse).Should().Be(1);
        ind.Value(IndicatorNames.IntelligenceInHouse).Should().Be(1);
        ind.Value(IndicatorNames.ProtectionInHouse).Should().Be(1);
        ind.Value(IndicatorNames.AncillaryInHouse).Should().Be(3);
        ind.Value(IndicatorNames.AncillaryBoughtOnly).Should().Be(0);
    }

    [Test]
    public void DebtCollection_MemberCollectingFromVictims_IsInHouse()
    {
        var ind = new CaseSketch()
            .Member("a", "g").Agent("v", AgentKind.Victim)
            .Tx("a", "v", TransactionKind.DebtCollection)
            .Tx("a", "v", TransactionKind.DebtCollection)
            .Indicators();

        ind.Value(IndicatorNames.DebtCollectionInHouse).Should().Be(1);
    }

    [Test]
    public void Countries_UnionOfMembersTransactionsRoutesAndPeople()
    {
        var ind = new CaseSketch()
            .Member("a", "g", country: "TR").Member("b", "g", country: "TR")
            .Agent("m", AgentKind.Migrant, country: "SY")
            .Agent("x", AgentKind.Person, country: "RU")
            .Tx("m", "a", TransactionKind.Fee, country: "LB")
            .Tx("a", "b", TransactionKind.Transport, route: "TR>GR>IT")
            .Tx("a", "x", TransactionKind.Communication)
            .Indicators();

        // TR (members), LB (transaction), GR and IT (route), SY (migrant); not RU (an outsider's home).
        ind.Value(IndicatorNames.Countries).Should().Be(5);
        ind[IndicatorNames.Countries].Detail.Should().Be("GR, IT, LB, SY, TR");
    }

    [Test]
    public void EffectiveCountries_WithoutTransactionCountries_UsesMembersAndPeople()
    {
        var ind = new CaseSketch()
            .Member("a", "g", country: "TR").Member("b", "g", country: "TR")
            .Agent("m", AgentKind.Migrant, country: "SY")
            .Tx("m", "a", TransactionKind.Fee)
            .Indicators();

        // TR twice, SY once: 9 / 5.
        ind.Value(IndicatorNames.EffectiveCountries).Should().BeApproximately(9.0 / 5.0, 1e-12);
    }

    [Test]
    public void Countries_UnknownWhenNoneRecorded()
    {
        var ind = new CaseSketch().Member("a", "g").Member("b", "g").Tx("a", "b", TransactionKind.Payment).Indicators();

        ind[IndicatorNames.Countries].IsKnown.Should().BeFalse();
        ind[IndicatorNames.EffectiveCountries].IsKnown.Should().BeFalse();
        ind[IndicatorNames.Routes].IsKnown.Should().BeFalse();
        ind[IndicatorNames.Destinations].IsKnown.Should().BeFalse();
        ind[IndicatorNames.NewRoutes].IsKnown.Should().BeFalse();
    }

    [Test]
    public void Routes_DistinctSequencesDestinationsAndRoutesAddedLater()
    {
        var ind = new CaseSketch()
            .Member("a", "g").Member("b", "g")
            .Tx("a", "b", TransactionKind.Transport, "2020-01-01", route: "TR>GR>IT")
            .Tx("a", "b", TransactionKind.Transport, "2020-02-01", route: "TR>GR>IT")
            .Tx("a", "b", TransactionKind.Transport, "2020-03-01", route: "LY>IT")
            .Tx("a", "b", TransactionKind.Transport, "2020-08-01", route: "TR>BG>DE")
            .Tx("a", "b", TransactionKind.Communication, "2020-10-01")
            .Indicators();

        ind.Value(IndicatorNames.Routes).Should().Be(3);
        ind.Value(IndicatorNames.Destinations).Should().Be(2);
        // Activity runs Jan 1 to Oct 1; the first third ends about Apr 1: only TR>BG>DE is new.
        ind.Value(IndicatorNames.NewRoutes).Should().Be(1);
    }

    [Test]
    public void PeopleMoved_LargestOfDistinctPeopleFeeCountsAndTransportCountsPerLeg()
    {
        var distinct = new CaseSketch()
            .Member("a", "g").Agent("m1", AgentKind.Migrant).Agent("m2", AgentKind.Migrant)
            .Tx("m1", "a", TransactionKind.Fee).Tx("m2", "a", TransactionKind.Fee)
            .Indicators();
        distinct.Value(IndicatorNames.PeopleMoved).Should().Be(2);

        var counted = new CaseSketch()
            .Member("a", "g").Member("b", "g")
            .Tx("a", "b", TransactionKind.Transport, route: "TR>GR>IT", persons: 40)
            .Tx("b", "a", TransactionKind.Transport, route: "TR>GR>IT", persons: 40)
            .Tx("a", "b", TransactionKind.Recruitment, persons: 30)
            .Indicators();
        // 80 persons over 2-leg routes = 40 > 30 recruited.
        counted.Value(IndicatorNames.PeopleMoved).Should().Be(40);
    }

    [Test]
    public void PeopleMoved_UnknownWithoutPeopleOrCounts()
    {
        var ind = new CaseSketch().Member("a", "g").Member("b", "g").Tx("a", "b", TransactionKind.Payment).Indicators();

        ind[IndicatorNames.PeopleMoved].IsKnown.Should().BeFalse();
    }

    [Test]
    public void Time_SpanActiveMonthsAndContinuity()
    {
        var ind = new CaseSketch()
            .Member("a", "g").Member("b", "g")
            .Tx("a", "b", TransactionKind.Payment, "2020-01-15")
            .Tx("a", "b", TransactionKind.Payment, "2020-01-20")
            .Tx("a", "b", TransactionKind.Payment, "2020-03-02")
            .Tx("a", "b", TransactionKind.Payment, "2020-10-31T23:00:00Z")
            .Indicators();

        ind.Value(IndicatorNames.SpanMonths).Should().Be(10);
        ind.Value(IndicatorNames.ActiveMonths).Should().Be(3);
        ind.Value(IndicatorNames.Continuity).Should().BeApproximately(0.3, 1e-12);
    }

    [Test]
    public void Burstiness_RegularGapsMinusOne_AndUnknownWithTwoActiveDays()
    {
        var regular = new CaseSketch()
            .Member("a", "g").Member("b", "g")
            .Tx("a", "b", TransactionKind.Payment, "2020-01-01")
            .Tx("a", "b", TransactionKind.Payment, "2020-01-08")
            .Tx("a", "b", TransactionKind.Payment, "2020-01-15")
            .Tx("a", "b", TransactionKind.Payment, "2020-01-22")
            .Indicators();
        regular.Value(IndicatorNames.Burstiness).Should().BeApproximately(-1, 1e-12);

        // Gaps 1, 1, 100: mean 34, sd = sqrt((1+1+10000)/3 - 34²) ≈ 46.67; B ≈ (46.67 - 34) / (46.67 + 34).
        var bursty = new CaseSketch()
            .Member("a", "g").Member("b", "g")
            .Tx("a", "b", TransactionKind.Payment, "2020-01-01")
            .Tx("a", "b", TransactionKind.Payment, "2020-01-02")
            .Tx("a", "b", TransactionKind.Payment, "2020-01-03")
            .Tx("a", "b", TransactionKind.Payment, "2020-04-12")
            .Indicators();
        var mean = 34.0;
        var sd = Math.Sqrt(((1 + 1 + 10000) / 3.0) - (mean * mean));
        bursty.Value(IndicatorNames.Burstiness).Should().BeApproximately((sd - mean) / (sd + mean), 1e-12);

        var two = new CaseSketch()
            .Member("a", "g").Member("b", "g")
            .Tx("a", "b", TransactionKind.Payment, "2020-01-01")
            .Tx("a", "b", TransactionKind.Payment, "2020-01-05")
            .Indicators();
        two[IndicatorNames.Burstiness].IsKnown.Should().BeFalse();
        two.Value(IndicatorNames.ActiveMonths).Should().Be(1);
    }

    [Test]
    public void Time_UnknownWithoutDates()
    {
        var ind = new CaseSketch().Member("a", "g").Member("b", "g").Tx("a", "b", TransactionKind.Payment).Indicators();

        ind[IndicatorNames.SpanMonths].IsKnown.Should().BeFalse();
        ind[IndicatorNames.ActiveMonths].IsKnown.Should().BeFalse();
        ind[IndicatorNames.Continuity].IsKnown.Should().BeFalse();
        ind.Value(IndicatorNames.Transactions).Should().Be(1);
    }

    [Test]
    public void OtherCrimes_CountsDrugsAndArmsTypes()
    {
        var ind = new CaseSketch()
            .Member("a", "g").Agent("x", AgentKind.Person)
            .Tx("a", "x", TransactionKind.Drugs).Tx("a", "x", TransactionKind.Drugs).Tx("x", "a", TransactionKind.Arms)
            .Indicators();

        ind.Value(IndicatorNames.DrugTransactions).Should().Be(2);
        ind.Value(IndicatorNames.ArmsTransactions).Should().Be(1);
        ind.Value(IndicatorNames.OtherCrimes).Should().Be(2);
        ind[IndicatorNames.OtherCrimes].Detail.Should().Be("drug trafficking and arms smuggling");
    }

    [Test]
    public void OtherCrimes_ZeroNotUnknownWhenTheGroupHasTransactions()
    {
        var ind = new CaseSketch().Member("a", "g").Member("b", "g").Tx("a", "b", TransactionKind.Payment).Indicators();

        ind.Value(IndicatorNames.OtherCrimes).Should().Be(0);
    }

    [Test]
    public void Officials_BribedAreCountedAndDocumentOnlyOnesAreVisaShopping()
    {
        var ind = new CaseSketch()
            .Member("a", "g")
            .Agent("guard", AgentKind.Official).Agent("consul1", AgentKind.Official).Agent("consul2", AgentKind.Official)
            .Tx("a", "guard", TransactionKind.Bribe)
            .Tx("consul1", "a", TransactionKind.Documents)
            .Tx("consul2", "a", TransactionKind.Documents)
            .Tx("guard", "a", TransactionKind.Documents)
            .Indicators();

        ind.Value(IndicatorNames.OfficialsBribed).Should().Be(1);
        ind.Value(IndicatorNames.VisaShopping).Should().Be(2);
        ind.InHouseFunctions.Contains(Function.Corruption).Should().BeTrue();
    }

    [Test]
    public void Businesses_TransportOnlyAreCommercialCarriers()
    {
        var ind = new CaseSketch()
            .Member("a", "g")
            .Agent("bus", AgentKind.Business).Agent("farm", AgentKind.Business).Agent("hotel", AgentKind.Business)
            .Tx("a", "bus", TransactionKind.Transport)
            .Tx("farm", "a", TransactionKind.Payment)
            .Tx("farm", "a", TransactionKind.Payment)
            .Tx("hotel", "a", TransactionKind.Transport)
            .Tx("a", "hotel", TransactionKind.Laundering)
            .Tx("hotel", "a", TransactionKind.Payment)
            .Tx("a", "bus", TransactionKind.Communication)
            .Tx("a", "bus", TransactionKind.Communication)
            .Indicators();

        ind.Value(IndicatorNames.BusinessesUsed).Should().Be(2);
        ind.Value(IndicatorNames.CommercialTransport).Should().Be(1);
    }

    [Test]
    public void Businesses_ASingleNonTransportDealIsNotUse()
    {
        var ind = new CaseSketch()
            .Member("a", "g").Agent("shop", AgentKind.Business)
            .Tx("a", "shop", TransactionKind.Payment)
            .Indicators();

        ind.Value(IndicatorNames.BusinessesUsed).Should().Be(0);
    }

    [Test]
    public void Bought_AnOutsiderCollectingFromTheGroupsVictims_IsBoughtDebtCollection()
    {
        var ind = new CaseSketch()
            .Member("a", "g", "exploitation").Agent("v1", AgentKind.Victim).Agent("v2", AgentKind.Victim).Agent("collector", AgentKind.Person)
            .Tx("a", "v1", TransactionKind.Exploitation).Tx("a", "v2", TransactionKind.Exploitation)
            .Tx("collector", "v1", TransactionKind.DebtCollection).Tx("collector", "v2", TransactionKind.DebtCollection)
            .Indicators();

        ind.Value(IndicatorNames.DebtCollectionInHouse).Should().Be(0);
        ind.BoughtOnlyServices.Should().BeEquivalentTo(new[] { Function.DebtCollection });
        ind.Value(IndicatorNames.OutsideSpecialists).Should().Be(1);
        ind.Value(IndicatorNames.DebtCollectionTransactions).Should().Be(2);
    }

    [Test]
    public void Bought_ASingleServiceTransactionIsNotEnough()
    {
        var ind = new CaseSketch()
            .Member("a", "g", "transport").Agent("forger", AgentKind.Person)
            .Tx("forger", "a", TransactionKind.Documents)
            .Indicators();

        ind.Value(IndicatorNames.AncillaryBoughtOnly).Should().Be(0);
        ind.Value(IndicatorNames.ForgeryInHouse).Should().Be(0);
    }

    [Test]
    public void EffectiveCountries_InverseSimpsonOfTransactionCountries()
    {
        // 6 transactions in TR, 2 in GR (one of them routed TR>GR counts for both): n = TR 7, GR 2, IT 1.
        var sketch = new CaseSketch().Member("a", "g").Member("b", "g");
        for (var i = 0; i < 6; i++)
        {
            sketch.Tx("a", "b", TransactionKind.Payment, country: "TR");
        }

        sketch.Tx("a", "b", TransactionKind.Transport, country: "TR", route: "TR>GR");
        sketch.Tx("a", "b", TransactionKind.Payment, country: "GR");
        sketch.Tx("a", "b", TransactionKind.Payment, country: "IT");
        var ind = sketch.Indicators();

        ind.Value(IndicatorNames.Countries).Should().Be(3);
        ind.Value(IndicatorNames.EffectiveCountries).Should().BeApproximately(100.0 / (49 + 4 + 1), 1e-12);
    }

    [Test]
    public void Structure_Star_HandDerivedValues()
    {
        var ind = new CaseSketch()
            .Member("h", "g").Member("a", "g").Member("b", "g").Member("c", "g")
            .Tx("h", "a", TransactionKind.Communication)
            .Tx("b", "h", TransactionKind.Payment)
            .Tx("h", "c", TransactionKind.Communication)
            .Tx("h", "c", TransactionKind.Communication)
            .Indicators();

        ind.Value(IndicatorNames.Density).Should().BeApproximately(0.5, 1e-12);
        ind.Value(IndicatorNames.Centralisation).Should().BeApproximately(1.0, 1e-12);
        ind.Value(IndicatorNames.HierarchyLevels).Should().Be(2);
    }

    [Test]
    public void Structure_Path_HandDerivedValues()
    {
        // a-b-c-d: degrees 1,2,2,1; the hub is b (first of the most connected); depth from b is 2.
        var ind = new CaseSketch()
            .Member("a", "g").Member("b", "g").Member("c", "g").Member("d", "g")
            .Tx("a", "b", TransactionKind.Communication)
            .Tx("b", "c", TransactionKind.Communication)
            .Tx("d", "c", TransactionKind.Communication)
            .Indicators();

        ind.Value(IndicatorNames.Density).Should().BeApproximately(0.5, 1e-12);
        ind.Value(IndicatorNames.Centralisation).Should().BeApproximately(2.0 / 6.0, 1e-12);
        ind.Value(IndicatorNames.HierarchyLevels).Should().Be(3);
    }

    [Test]
    public void Structure_UnknownForALoneMember()
    {
        var ind = new CaseSketch().Member("a", "g").Agent("x", AgentKind.Person).Tx("a", "x", TransactionKind.Payment).Indicators();

        ind[IndicatorNames.Density].IsKnown.Should().BeFalse();
        ind[IndicatorNames.Centralisation].IsKnown.Should().BeFalse();
        ind[IndicatorNames.HierarchyLevels].IsKnown.Should().BeFalse();
    }

    [Test]
    public void Trafficking_ExploitationCoercionAndContinuingRelations()
    {
        var ind = new CaseSketch()
            .Member("a", "g").Agent("v1", AgentKind.Victim).Agent("v2", AgentKind.Victim).Agent("club", AgentKind.Business)
            .Tx("a", "v1", TransactionKind.Recruitment, "2020-01-01")
            .Tx("a", "v1", TransactionKind.Transport, "2020-01-10")
            .Tx("v1", "club", TransactionKind.Exploitation, "2020-03-01", amount: 900)
            .Tx("a", "v1", TransactionKind.DebtCollection, "2020-04-01")
            .Tx("a", "v2", TransactionKind.Transport, "2020-01-10", attributes: Threat)
            .Tx("v2", "a", TransactionKind.Fee, "2020-01-09", amount: 100)
            .Indicators();

        ind.Value(IndicatorNames.Victims).Should().Be(2);
        ind.Value(IndicatorNames.ExploitedShare).Should().Be(0.5);
        ind.Value(IndicatorNames.CoercedShare).Should().Be(1.0);
        ind.Value(IndicatorNames.ContinuingRelations).Should().Be(0.5);
        ind.Value(IndicatorNames.FeePayingShare).Should().Be(0.5);
        ind.Value(IndicatorNames.ExploitationIncomeShare).Should().BeApproximately(0.9, 1e-12);
        ind.Value(IndicatorNames.ExploitationTransactions).Should().Be(1);
    }

    [Test]
    public void Smuggling_FeesAndRelationsEndingOnArrival()
    {
        var ind = new CaseSketch()
            .Member("a", "g").Agent("m1", AgentKind.Migrant).Agent("m2", AgentKind.Migrant)
            .Tx("m1", "a", TransactionKind.Fee, "2020-01-01", amount: 3000)
            .Tx("a", "m1", TransactionKind.Transport, "2020-01-05")
            .Tx("m2", "a", TransactionKind.Fee, "2020-01-01", amount: 3000)
            .Tx("a", "m2", TransactionKind.Transport, "2020-01-05")
            .Tx("a", "m2", TransactionKind.Communication, "2020-03-05")
            .Indicators();

        ind.Value(IndicatorNames.Migrants).Should().Be(2);
        ind.Value(IndicatorNames.FeePayingShare).Should().Be(1);
        ind.Value(IndicatorNames.ContinuingRelations).Should().Be(0);
        ind.Value(IndicatorNames.ExploitationIncomeShare).Should().Be(0);
        ind.Value(IndicatorNames.CoercedShare).Should().Be(0);
    }

    [Test]
    public void Coercion_NegativeAttributeValueIsNotCoercion()
    {
        var ind = new CaseSketch()
            .Member("a", "g").Agent("m", AgentKind.Migrant)
            .Tx("a", "m", TransactionKind.Transport, attributes: new Dictionary<string, string> { ["coercion"] = "false" })
            .Indicators();

        ind.Value(IndicatorNames.CoercedShare).Should().Be(0);
    }

    [Test]
    public void GroupWithoutTransactions_EverythingButMembersAndDeclaredFunctionsUnknown()
    {
        var ind = new CaseSketch().Member("a", "g", "transport").Member("b", "g").Indicators();

        ind.Value(IndicatorNames.Members).Should().Be(2);
        ind.Value(IndicatorNames.FunctionsInHouse).Should().Be(1);
        foreach (var name in new[] { IndicatorNames.Countries, IndicatorNames.ActiveMonths, IndicatorNames.OtherCrimes, IndicatorNames.OfficialsBribed, IndicatorNames.PeopleMoved, IndicatorNames.ExploitedShare })
        {
            ind[name].IsKnown.Should().BeFalse(name);
        }
    }

    [Test]
    public void Indicators_AllCarryCatalogueNamesAndUnitsInOrder()
    {
        var ind = new CaseSketch().Member("a", "g").Indicators();

        ind.All.Select(i => i.Name).Should().Equal(IndicatorCatalog.All.Select(d => d.Name));
        ind.All.Select(i => i.Unit).Should().Equal(IndicatorCatalog.All.Select(d => d.Unit));
    }

    [Test]
    public void ComputeAll_ParallelEqualsSequential()
    {
        var sketch = new CaseSketch();
        var random = new Random(7);
        for (var g = 0; g < 12; g++)
        {
            for (var m = 0; m < 5; m++)
            {
                sketch.Member($"g{g}m{m}", $"g{g}", m == 0 ? "money_laundering" : null, m % 2 == 0 ? "TR" : "GR");
            }
        }

        for (var p = 0; p < 30; p++)
        {
            sketch.Agent($"p{p}", p % 2 == 0 ? AgentKind.Migrant : AgentKind.Victim);
        }

        var kinds = Enum.GetValues<TransactionKind>();
        for (var t = 0; t < 600; t++)
        {
            var a = $"g{random.Next(12)}m{random.Next(5)}";
            var b = random.Next(3) == 0 ? $"p{random.Next(30)}" : $"g{random.Next(12)}m{random.Next(5)}";
            sketch.Tx(a, b, kinds[random.Next(kinds.Length)], $"2020-{1 + random.Next(12):00}-{1 + random.Next(28):00}", route: random.Next(4) == 0 ? "TR>GR" : null);
        }

        var network = sketch.Build();
        var sequential = GroupIndicators.ComputeAll(network);
        var parallel = GroupIndicators.ComputeAll(network, maxDegreeOfParallelism: 4);

        parallel.Should().HaveCount(12);
        for (var g = 0; g < sequential.Count; g++)
        {
            parallel[g].All.Should().Equal(sequential[g].All);
        }
    }

    [Test]
    public void FromValues_UnknownNameThrows()
    {
        var act = () => GroupIndicators.FromValues("g", new Dictionary<string, double?> { ["nope"] = 1 });

        act.Should().Throw<ArgumentException>();
    }
}
