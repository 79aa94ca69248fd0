using System.Reflection;

namespace NetworkAnalysis.Application.Storage;

/// <summary>Loads a store's schema migrations: the assembly's embedded <c>*.sql</c> resources, in name order (0001_, 0002_, ...).</summary>
public static class MigrationScripts
{
    /// <summary>The scripts of <paramref name="assembly"/>; script <c>i</c> upgrades schema version <c>i</c> to <c>i + 1</c>.</summary>
    public static string[] Load(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var names = assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var scripts = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            using var stream = assembly.GetManifestResourceStream(names[i])!;
            using var reader = new StreamReader(stream);
            scripts[i] = reader.ReadToEnd();
        }

        return scripts;
    }
}
