using System.Reflection;
using System.Reflection.Emit;

namespace NetworkAnalysis.Architecture.Tests.PublicApi;

/// <summary>
/// Proves that the approval test catches a member added or removed: two builds of the same type, one
/// with an extra public method, give listings the comparer tells apart, naming the member.
/// </summary>
public class ApiListingTests
{
    [Test]
    public void Compare_MemberAdded_ReportsItAsAdded()
    {
        var before = ApiListing.Of(Build(withExtra: false));
        var after = ApiListing.Of(Build(withExtra: true));

        var diff = ApiDiff.Compare(before, after);

        diff.Should().Equal("Demo / public class Widget", "  + public int Extra(string name)");
    }

    [Test]
    public void Compare_MemberRemoved_ReportsItAsRemoved()
    {
        var before = ApiListing.Of(Build(withExtra: true));
        var after = ApiListing.Of(Build(withExtra: false));

        ApiDiff.Compare(before, after).Should().Equal("Demo / public class Widget", "  - public int Extra(string name)");
    }

    [Test]
    public void Compare_SameAssembly_ReportsNothing()
    {
        ApiDiff.Compare(ApiListing.Of(Build(true)), ApiListing.Of(Build(true))).Should().BeEmpty();
    }

    [Test]
    public void Of_InternalMembersAndTypes_AreNotListed()
    {
        var listing = ApiListing.Of(Build(withExtra: true));

        listing.Should().Contain("public int Extra(string name)").And.NotContain("Hidden").And.NotContain("Helper");
    }

    [Test]
    public void Of_RecordWithDefaultsAndNullables_ListsShapeCallersDependOn()
    {
        var listing = ApiListing.Of([typeof(SampleRecord)]);

        listing.Should().Contain("public sealed record ApiListingTests.SampleRecord")
            .And.Contain("public ctor(string Name, int? Count, string? Note = null)")
            .And.Contain("public string? Note { get; init; }")
            .And.Contain("public static int Scale(System.Collections.Generic.IReadOnlyList<string?> values, double factor = 1.5)");
    }

    /// <summary>A record shaped like the library's options records.</summary>
    public sealed record SampleRecord(string Name, int? Count, string? Note = null)
    {
        /// <summary>Scales (the body is irrelevant; the signature is listed).</summary>
        public static int Scale(IReadOnlyList<string?> values, double factor = 1.5) => (int)(values.Count * factor);
    }

    /// <summary>Emits an assembly holding <c>Demo.Widget</c> (and an internal helper), with or without <c>Extra</c>.</summary>
    private static Assembly Build(bool withExtra)
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("ApiListingDemo" + Guid.NewGuid().ToString("N")), AssemblyBuilderAccess.RunAndCollect);
        var module = assembly.DefineDynamicModule("Demo");
        var widget = module.DefineType("Demo.Widget", TypeAttributes.Public | TypeAttributes.Class);
        widget.DefineDefaultConstructor(MethodAttributes.Public);
        Body(widget.DefineMethod("Run", MethodAttributes.Public, typeof(void), Type.EmptyTypes), typeof(void));
        Body(widget.DefineMethod("Hidden", MethodAttributes.Assembly, typeof(void), Type.EmptyTypes), typeof(void));
        if (withExtra)
        {
            var extra = widget.DefineMethod("Extra", MethodAttributes.Public, typeof(int), [typeof(string)]);
            extra.DefineParameter(1, ParameterAttributes.None, "name");
            Body(extra, typeof(int));
        }

        widget.CreateType();
        var helper = module.DefineType("Demo.Helper", TypeAttributes.NotPublic | TypeAttributes.Class);
        helper.CreateType();
        return assembly;
    }

    private static void Body(MethodBuilder method, Type returns)
    {
        var il = method.GetILGenerator();
        if (returns == typeof(int))
        {
            il.Emit(OpCodes.Ldc_I4_0);
        }

        il.Emit(OpCodes.Ret);
    }
}
