namespace NetworkAnalysis.IO.Tests;

public class AtomicOutputTests
{
    private static string[] Entries(string folder) => Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order().ToArray()!;

    [Test]
    public void Folder_NewTarget_AppearsWithEveryFile()
    {
        using var temp = new TempFolder();
        var target = temp.File("out");
        AtomicFolder.Write(target, ["a.csv", "b.csv"], dir =>
        {
            File.WriteAllText(Path.Combine(dir, "a.csv"), "A");
            File.WriteAllText(Path.Combine(dir, "b.csv"), "B");
        });
        Entries(target).Should().Equal("a.csv", "b.csv");
        Entries(temp.Path).Should().Equal("out");
    }

    [Test]
    public void Folder_WriterFails_NothingNewAndOlderUntouched()
    {
        using var temp = new TempFolder();
        var target = temp.File("out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "a.csv"), "old A");
        File.WriteAllText(Path.Combine(target, "b.csv"), "old B");
        var act = () => AtomicFolder.Write(target, ["a.csv", "b.csv"], dir =>
        {
            File.WriteAllText(Path.Combine(dir, "a.csv"), "new A");
            throw new InvalidDataException("writer failed halfway");
        });
        act.Should().Throw<InvalidDataException>();
        File.ReadAllText(Path.Combine(target, "a.csv")).Should().Be("old A");
        File.ReadAllText(Path.Combine(target, "b.csv")).Should().Be("old B");
        Entries(temp.Path).Should().Equal("out");
    }

    [Test]
    public void Folder_MoveFailsAfterFirstFile_FirstFileRolledBack()
    {
        // The writer "forgets" b.csv: a.csv is placed, then moving b.csv fails; a.csv must be put back.
        using var temp = new TempFolder();
        var target = temp.File("out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "a.csv"), "old A");
        File.WriteAllText(Path.Combine(target, "b.csv"), "old B");
        var act = () => AtomicFolder.Write(target, ["a.csv", "b.csv"], dir => File.WriteAllText(Path.Combine(dir, "a.csv"), "new A"));
        act.Should().Throw<OutputPathException>().Which.Path.Should().Be(target);
        File.ReadAllText(Path.Combine(target, "a.csv")).Should().Be("old A");
        File.ReadAllText(Path.Combine(target, "b.csv")).Should().Be("old B");
        Entries(temp.Path).Should().Equal("out");
    }

    [Test]
    public void Folder_FolderWhereAFileGoes_RefusedBeforeWriting()
    {
        using var temp = new TempFolder();
        var target = temp.File("out");
        Directory.CreateDirectory(Path.Combine(target, "b.csv"));
        var called = false;
        var act = () => AtomicFolder.Write(target, ["a.csv", "b.csv"], _ => called = true);
        act.Should().Throw<OutputPathException>().WithMessage("*b.csv: is a folder, not a file");
        called.Should().BeFalse();
        Entries(target).Should().Equal("b.csv");
    }

    [Test]
    public void Folder_RemovedName_GoneOnlyWithTheWholeNewSet()
    {
        using var temp = new TempFolder();
        var target = temp.File("out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "a.csv"), "old A");
        File.WriteAllText(Path.Combine(target, "ties.csv"), "old ties");
        File.WriteAllText(Path.Combine(target, "notes.txt"), "the user's");

        // The new set cannot be placed (b.csv missing): the older ties.csv stays with the older a.csv.
        var fail = () => AtomicFolder.Write(target, ["a.csv", "b.csv"], dir => File.WriteAllText(Path.Combine(dir, "a.csv"), "new A"), removed: ["ties.csv"]);
        fail.Should().Throw<OutputPathException>();
        Entries(target).Should().Equal("a.csv", "notes.txt", "ties.csv");
        File.ReadAllText(Path.Combine(target, "a.csv")).Should().Be("old A");

        AtomicFolder.Write(target, ["a.csv"], dir => File.WriteAllText(Path.Combine(dir, "a.csv"), "new A"), removed: ["ties.csv"]);
        Entries(target).Should().Equal("a.csv", "notes.txt");
        Entries(temp.Path).Should().Equal("out");
    }

    [Test]
    public void Folder_FolderWhereARemovedFileIs_RefusedBeforeWriting()
    {
        using var temp = new TempFolder();
        var target = temp.File("out");
        Directory.CreateDirectory(Path.Combine(target, "ties.csv"));
        var act = () => AtomicFolder.Write(target, ["a.csv"], _ => { }, removed: ["ties.csv"]);
        act.Should().Throw<OutputPathException>().WithMessage("*ties.csv: is a folder, not a file");
    }

    [Test]
    public void Folder_TargetIsAFile_Refused()
    {
        using var temp = new TempFolder().With("out", "x");
        var act = () => AtomicFolder.Write(temp.File("out"), ["a.csv"], _ => { });
        act.Should().Throw<OutputPathException>().WithMessage("*out: is a file, not a folder");
    }

    [Test]
    public void File_BelowARegularFile_PlainMessage()
    {
        using var temp = new TempFolder().With("f", "x");
        var act = () => AtomicFile.WriteText(Path.Combine(temp.File("f"), "x.tsv"), w => w.Write("y"));
        act.Should().Throw<OutputPathException>().WithMessage("*f: is a file, not a folder");
        Entries(temp.Path).Should().Equal("f");
    }

    [Test]
    public void File_TargetIsAFolder_PlainMessageAndNoTempLeft()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("d"));
        var act = () => AtomicFile.WriteText(temp.File("d"), w => w.Write("y"));
        act.Should().Throw<OutputPathException>().WithMessage("*d: is a folder, not a file");
        Entries(temp.Path).Should().Equal("d");
    }
}
