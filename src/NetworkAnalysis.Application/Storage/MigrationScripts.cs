using System.Reflection;

namespace NetworkAnalysis.Application.Storage;

/// <summary>
/// Loads a store's schema migrations: the assembly's embedded resources named <c>NNNN_*.sql</c> (four digits),
/// in name order (0001_, 0002_, ...). Other embedded SQL (another component's own schema) is not a migration of the case store.
/// </summary>
public static class MigrationScripts
{
    /// <summary>The scripts of <paramref name="assembly"/>; script <c>i</c> upgrades schema version <c>i</c> to <c>i + 1</c>.</summary>
    public static string[] Load(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var names = assembly.GetManifestResourceNames().Where(IsMigration).Order(StringComparer.Ordinal).ToArray();
        var scripts = new string[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            using var stream = assembly.GetManifestResourceStream(names[i])!;
            using var reader = new StreamReader(stream);
            scripts[i] = reader.ReadToEnd();
        }

        return scripts;
    }

    private static bool IsMigration(string name) =>
        name.EndsWith(".sql", StringComparison.Ordinal) && name.Length > 5 && name[4] == '_' && name.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9') is false;
}
