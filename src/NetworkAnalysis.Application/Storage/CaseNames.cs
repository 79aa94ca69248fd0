namespace NetworkAnalysis.Application.Storage;

/// <summary>The rule for case names, checked by every store and the CLI alike.</summary>
public static class CaseNames
{
    /// <summary>The longest allowed name, in UTF-16 characters.</summary>
    public const int MaxLength = 100;

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="name"/> is a valid case name.</summary>
    public static void Validate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Length > MaxLength)
        {
            throw new ArgumentException($"a case name has 1 to {MaxLength} characters");
        }

        if (name.Trim().Length != name.Length)
        {
            throw new ArgumentException("a case name has no leading or trailing white space");
        }

        foreach (var c in name)
        {
            if (c == '@' || char.IsControl(c))
            {
                throw new ArgumentException("a case name has no '@' and no control characters");
            }
        }
    }
}
