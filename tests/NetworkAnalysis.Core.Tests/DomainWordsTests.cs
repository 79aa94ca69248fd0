using NetworkAnalysis.Core;

namespace NetworkAnalysis.Core.Tests;

public class DomainWordsTests
{
    [Test]
    public void Format_EveryValueOfEveryEnum_ParsesBack()
    {
        foreach (var v in Enum.GetValues<AgentKind>())
        {
            DomainWords.TryParseAgentKind(DomainWords.Format(v), out var back).Should().BeTrue();
            back.Should().Be(v);
        }

        foreach (var v in Enum.GetValues<Sphere>())
        {
            DomainWords.TryParseSphere(DomainWords.Format(v), out var back).Should().BeTrue();
            back.Should().Be(v);
        }

        foreach (var v in Enum.GetValues<Function>())
        {
            DomainWords.TryParseFunction(DomainWords.Format(v), out var back).Should().BeTrue();
            back.Should().Be(v);
        }

        foreach (var v in Enum.GetValues<Sensitivity>())
        {
            DomainWords.TryParseSensitivity(DomainWords.Format(v), out var back).Should().BeTrue();
            back.Should().Be(v);
        }

        foreach (var v in Enum.GetValues<TransactionKind>())
        {
            DomainWords.TryParseTransactionKind(DomainWords.Format(v), out var back).Should().BeTrue();
            back.Should().Be(v);
        }

        foreach (var v in Enum.GetValues<TieKind>())
        {
            DomainWords.TryParseTieKind(DomainWords.Format(v), out var back).Should().BeTrue();
            back.Should().Be(v);
        }

        foreach (var v in Enum.GetValues<GroupType>())
        {
            DomainWords.TryParseGroupType(DomainWords.Format(v), out var back).Should().BeTrue();
            back.Should().Be(v);
        }
    }

    [Test]
    public void Words_AreTheSnakeCaseOfTheEnumNames_OnePerValue()
    {
        Check<AgentKind>(DomainWords.AgentKinds);
        Check<Sphere>(DomainWords.Spheres);
        Check<Function>(DomainWords.Functions);
        Check<Sensitivity>(DomainWords.Sensitivities);
        Check<TransactionKind>(DomainWords.TransactionKinds);
        Check<GroupType>(DomainWords.GroupTypes);
        Check<TieKind>(DomainWords.TieKinds);

        static void Check<T>(IReadOnlyList<string> words)
            where T : struct, Enum
        {
            var expected = Enum.GetNames<T>().Select(n => string.Concat(n.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())));
            words.Should().Equal(expected);
        }
    }

    [Test]
    public void Words_MatchTheDataFormat()
    {
        DomainWords.Functions.Should().Contain(["document_forgery", "money_laundering", "debt_collection", "harbouring"]);
        DomainWords.Format(GroupType.SmallEnterprise).Should().Be("small_enterprise");
        DomainWords.Format(TransactionKind.DebtCollection).Should().Be("debt_collection");
    }

    [TestCase("DOCUMENT_FORGERY")]
    [TestCase("Document_Forgery")]
    [TestCase("  document_forgery\t")]
    public void TryParseFunction_AnyCaseAndSurroundingSpace_Parses(string text)
    {
        DomainWords.TryParseFunction(text, out var f).Should().BeTrue();
        f.Should().Be(Function.DocumentForgery);
    }

    [TestCase("")]
    [TestCase("documentforgery")]
    [TestCase("DocumentForgery")]
    [TestCase("document-forgery")]
    [TestCase("forgery")]
    public void TryParseFunction_NotAWord_Fails(string text)
    {
        DomainWords.TryParseFunction(text, out _).Should().BeFalse();
    }

    [Test]
    public void TryParseSensitivity_Empty_IsNone()
    {
        DomainWords.TryParseSensitivity("", out var s).Should().BeTrue();
        s.Should().Be(Sensitivity.None);
        DomainWords.TryParseSensitivity("secret", out _).Should().BeFalse();
    }

    [Test]
    public void TryParseOthers_UnknownWords_Fail()
    {
        DomainWords.TryParseAgentKind("smuggler", out _).Should().BeFalse();
        DomainWords.TryParseSphere("middleworld", out _).Should().BeFalse();
        DomainWords.TryParseTransactionKind("gift", out _).Should().BeFalse();
        DomainWords.TryParseGroupType("large", out _).Should().BeFalse();
    }

    [Test]
    public void TryParseFunctions_List_ParsesIgnoringEmptyItemsAndCase()
    {
        DomainWords.TryParseFunctions(" Transport ;;recruitment;transport ", out var set, out var bad).Should().BeTrue();
        bad.Should().BeNull();
        set.Should().Equal(Function.Recruitment, Function.Transport);
        DomainWords.TryParseFunctions("", out var empty, out _).Should().BeTrue();
        empty.IsEmpty.Should().BeTrue();
    }

    [Test]
    public void TryParseFunctions_UnknownItem_NamesIt()
    {
        DomainWords.TryParseFunctions("transport; smuggling ;recruitment", out _, out var bad).Should().BeFalse();
        bad.Should().Be("smuggling");
    }

    [Test]
    public void Format_UndefinedValue_Throws()
    {
        var act = () => DomainWords.Format((Function)99);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
