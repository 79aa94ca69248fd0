using NetworkAnalysis.Core;

namespace NetworkAnalysis.Core.Tests;

public class FunctionSetTests
{
    [Test]
    public void Empty_HasNothing()
    {
        FunctionSet.Empty.IsEmpty.Should().BeTrue();
        FunctionSet.Empty.Count.Should().Be(0);
        FunctionSet.Empty.ToString().Should().BeEmpty();
        default(FunctionSet).Should().Equal(FunctionSet.Empty);
    }

    [Test]
    public void Of_WithDuplicates_KeepsEachOnce()
    {
        var set = FunctionSet.Of(Function.Transport, Function.Recruitment, Function.Transport);
        set.Count.Should().Be(2);
        set.Contains(Function.Transport).Should().BeTrue();
        set.Contains(Function.Recruitment).Should().BeTrue();
        set.Contains(Function.Corruption).Should().BeFalse();
    }

    [Test]
    public void With_AddsAndIsImmutable()
    {
        var a = FunctionSet.Of(Function.Transport);
        var b = a.With(Function.Harbouring);
        a.Count.Should().Be(1);
        b.Should().Equal(Function.Transport, Function.Harbouring);
        b.Without(Function.Transport).Should().Equal(Function.Harbouring);
    }

    [Test]
    public void SetOperations_GiveTheExpectedSets()
    {
        var a = FunctionSet.Of(Function.Recruitment, Function.Transport, Function.Corruption);
        var b = FunctionSet.Of(Function.Transport, Function.Coordination);
        a.Union(b).Should().Equal(Function.Recruitment, Function.Transport, Function.Corruption, Function.Coordination);
        a.Intersect(b).Should().Equal(Function.Transport);
        a.Except(b).Should().Equal(Function.Recruitment, Function.Corruption);
    }

    [Test]
    public void Enumeration_IsInEnumOrderWhateverTheInsertionOrder()
    {
        var set = FunctionSet.Of(Function.Coordination, Function.Recruitment, Function.MoneyLaundering);
        set.ToList().Should().Equal(Function.Recruitment, Function.MoneyLaundering, Function.Coordination);
        set.ToString().Should().Be("recruitment;money_laundering;coordination");
    }

    [Test]
    public void All_HasEveryFunction()
    {
        FunctionSet.All.Should().Equal(Enum.GetValues<Function>());
        FunctionSet.All.Count.Should().Be(Enum.GetValues<Function>().Length);
    }

    [Test]
    public void Equality_IsBySetContent()
    {
        (FunctionSet.Of(Function.Transport, Function.Protection) == FunctionSet.Of(Function.Protection, Function.Transport)).Should().BeTrue();
        FunctionSet.Of(Function.Transport).GetHashCode().Should().Be(FunctionSet.Of(Function.Transport).GetHashCode());
        (FunctionSet.Of(Function.Transport) == FunctionSet.Of(Function.Protection)).Should().BeFalse();
    }

    [Test]
    public void ToString_ParsesBackWithDomainWords()
    {
        var set = FunctionSet.Of(Function.DocumentForgery, Function.DebtCollection, Function.Intelligence);
        DomainWords.TryParseFunctions(set.ToString(), out var back, out _).Should().BeTrue();
        (back == set).Should().BeTrue();
    }

    [Test]
    public void UndefinedValues_AreRejected()
    {
        var with = () => FunctionSet.Empty.With((Function)12);
        with.Should().Throw<ArgumentOutOfRangeException>();
        var mask = () => FunctionSet.FromMask(1u << 12);
        mask.Should().Throw<ArgumentOutOfRangeException>();
    }
}
