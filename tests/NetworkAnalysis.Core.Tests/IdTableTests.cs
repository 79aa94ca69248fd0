namespace NetworkAnalysis.Core.Tests;

public class IdTableTests
{
    [Test]
    public void TryFind_EveryId_GivesItsIndexAndInstance()
    {
        var ids = Enumerable.Range(0, 5000).Select(i => "agent-" + i).Append("é😀").Append("A").Append("a").ToList();
        var table = new IdTable(ids);

        for (var i = 0; i < ids.Count; i++)
        {
            table.TryFind(ids[i].AsSpan(), out var index, out var stored).Should().BeTrue();
            index.Should().Be(i);
            ReferenceEquals(stored, ids[i]).Should().BeTrue();
        }
    }

    [TestCase("agent-5000")]
    [TestCase("agent-")]
    [TestCase("agent-10 ")]
    [TestCase("")]
    [TestCase("B")]
    public void TryFind_AbsentId_Fails(string id)
    {
        var table = new IdTable(Enumerable.Range(0, 5000).Select(i => "agent-" + i).Append("A").ToList());
        table.TryFind(id, out var index, out var stored).Should().BeFalse();
        index.Should().Be(-1);
        stored.Should().BeNull();
    }

    [Test]
    public void TryFind_EmptyTable_Fails()
    {
        new IdTable([]).TryFind("x", out _, out _).Should().BeFalse();
    }
}
