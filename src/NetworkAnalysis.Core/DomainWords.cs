namespace NetworkAnalysis.Core;

/// <summary>
/// The one place that defines the snake_case words of the data format for every domain enum, and
/// parses and formats them. Parsing is case-insensitive and ignores surrounding white space;
/// formatting always gives the lower-case word.
/// </summary>
/// <remarks>
/// <para>Agent kinds: <c>person</c>, <c>business</c>, <c>official</c>, <c>group</c>, <c>migrant</c>, <c>victim</c> (see <see cref="AgentKind"/>).</para>
/// <para>Spheres: <c>none</c>, <c>underworld</c>, <c>upperworld</c> (see <see cref="Sphere"/>).</para>
/// <para>Functions: <c>recruitment</c>, <c>transport</c>, <c>protection</c>, <c>document_forgery</c>,
/// <c>money_laundering</c>, <c>corruption</c>, <c>debt_collection</c>, <c>exploitation</c>, <c>harbouring</c>,
/// <c>financing</c>, <c>intelligence</c>, <c>coordination</c> (see <see cref="Function"/>).</para>
/// <para>Sensitivities: <c>none</c> (also the empty value), <c>victim</c>, <c>witness</c>, <c>minor</c> (see <see cref="Sensitivity"/>).</para>
/// <para>Transaction kinds: <c>communication</c>, <c>payment</c>, <c>fee</c>, <c>bribe</c>, <c>transport</c>,
/// <c>documents</c>, <c>recruitment</c>, <c>exploitation</c>, <c>debt_collection</c>, <c>protection</c>,
/// <c>laundering</c>, <c>drugs</c>, <c>arms</c> (see <see cref="TransactionKind"/>).</para>
/// <para>Tie kinds: <c>ownership</c>, <c>directorship</c>, <c>membership</c>, <c>employment</c>, <c>family</c>,
/// <c>association</c>, <c>representation</c>, <c>other</c> (see <see cref="TieKind"/>).</para>
/// <para>Group types: <c>small_enterprise</c>, <c>transnational</c> (see <see cref="GroupType"/>).</para>
/// </remarks>
public static class DomainWords
{
    // Indexed by enum value; the order must match the enum declarations (checked by tests).
    private static readonly string[] _agentKinds = ["person", "business", "official", "group", "migrant", "victim"];
    private static readonly string[] _spheres = ["none", "underworld", "upperworld"];
    private static readonly string[] _functions =
    [
        "recruitment", "transport", "protection", "document_forgery", "money_laundering", "corruption",
        "debt_collection", "exploitation", "harbouring", "financing", "intelligence", "coordination",
    ];
    private static readonly string[] _sensitivities = ["none", "victim", "witness", "minor"];
    private static readonly string[] _transactionKinds =
    [
        "communication", "payment", "fee", "bribe", "transport", "documents", "recruitment", "exploitation",
        "debt_collection", "protection", "laundering", "drugs", "arms",
    ];
    private static readonly string[] _groupTypes = ["small_enterprise", "transnational"];
    private static readonly string[] _tieKinds = ["ownership", "directorship", "membership", "employment", "family", "association", "representation", "other"];

    /// <summary>The words for every <see cref="AgentKind"/>, in enum order.</summary>
    public static IReadOnlyList<string> AgentKinds => _agentKinds;

    /// <summary>The words for every <see cref="Sphere"/>, in enum order.</summary>
    public static IReadOnlyList<string> Spheres => _spheres;

    /// <summary>The words for every <see cref="Function"/>, in enum order.</summary>
    public static IReadOnlyList<string> Functions => _functions;

    /// <summary>The words for every <see cref="Sensitivity"/>, in enum order.</summary>
    public static IReadOnlyList<string> Sensitivities => _sensitivities;

    /// <summary>The words for every <see cref="TransactionKind"/>, in enum order.</summary>
    public static IReadOnlyList<string> TransactionKinds => _transactionKinds;

    /// <summary>The words for every <see cref="GroupType"/>, in enum order.</summary>
    public static IReadOnlyList<string> GroupTypes => _groupTypes;

    /// <summary>The words for every <see cref="TieKind"/>, in enum order.</summary>
    public static IReadOnlyList<string> TieKinds => _tieKinds;

    /// <summary>The data-format word for <paramref name="value"/>.</summary>
    public static string Format(TieKind value) => Word(_tieKinds, (int)value, nameof(value));

    /// <summary>The data-format word for <paramref name="value"/>.</summary>
    public static string Format(AgentKind value) => Word(_agentKinds, (int)value, nameof(value));

    /// <summary>The data-format word for <paramref name="value"/>.</summary>
    public static string Format(Sphere value) => Word(_spheres, (int)value, nameof(value));

    /// <summary>The data-format word for <paramref name="value"/>.</summary>
    public static string Format(Function value) => Word(_functions, (int)value, nameof(value));

    /// <summary>The data-format word for <paramref name="value"/> (<c>none</c> for <see cref="Sensitivity.None"/>).</summary>
    public static string Format(Sensitivity value) => Word(_sensitivities, (int)value, nameof(value));

    /// <summary>The data-format word for <paramref name="value"/>.</summary>
    public static string Format(TransactionKind value) => Word(_transactionKinds, (int)value, nameof(value));

    /// <summary>The data-format word for <paramref name="value"/>.</summary>
    public static string Format(GroupType value) => Word(_groupTypes, (int)value, nameof(value));

    /// <summary>Parses an agent-kind word (case-insensitive).</summary>
    public static bool TryParseAgentKind(ReadOnlySpan<char> text, out AgentKind value)
    {
        var i = Find(_agentKinds, text);
        value = (AgentKind)Math.Max(i, 0);
        return i >= 0;
    }

    /// <summary>Parses a sphere word (case-insensitive).</summary>
    public static bool TryParseSphere(ReadOnlySpan<char> text, out Sphere value)
    {
        var i = Find(_spheres, text);
        value = (Sphere)Math.Max(i, 0);
        return i >= 0;
    }

    /// <summary>Parses a function word (case-insensitive).</summary>
    public static bool TryParseFunction(ReadOnlySpan<char> text, out Function value)
    {
        var i = Find(_functions, text);
        value = (Function)Math.Max(i, 0);
        return i >= 0;
    }

    /// <summary>Parses a sensitivity word (case-insensitive); the empty text is <see cref="Sensitivity.None"/>.</summary>
    public static bool TryParseSensitivity(ReadOnlySpan<char> text, out Sensitivity value)
    {
        if (text.Trim().IsEmpty)
        {
            value = Sensitivity.None;
            return true;
        }

        var i = Find(_sensitivities, text);
        value = (Sensitivity)Math.Max(i, 0);
        return i >= 0;
    }

    /// <summary>Parses a transaction-kind word (case-insensitive).</summary>
    public static bool TryParseTransactionKind(ReadOnlySpan<char> text, out TransactionKind value)
    {
        var i = Find(_transactionKinds, text);
        value = (TransactionKind)Math.Max(i, 0);
        return i >= 0;
    }

    /// <summary>Parses a tie-kind word (case-insensitive).</summary>
    public static bool TryParseTieKind(ReadOnlySpan<char> text, out TieKind value)
    {
        var i = Find(_tieKinds, text);
        value = (TieKind)Math.Max(i, 0);
        return i >= 0;
    }

    /// <summary>Parses a group-type word (case-insensitive).</summary>
    public static bool TryParseGroupType(ReadOnlySpan<char> text, out GroupType value)
    {
        var i = Find(_groupTypes, text);
        value = (GroupType)Math.Max(i, 0);
        return i >= 0;
    }

    /// <summary>
    /// Parses a <c>;</c>-separated list of function words (case-insensitive; empty items and
    /// surrounding white space ignored). On failure <paramref name="badWord"/> is the first word
    /// that is not a function.
    /// </summary>
    public static bool TryParseFunctions(ReadOnlySpan<char> text, out FunctionSet value, out string? badWord)
    {
        var set = FunctionSet.Empty;
        foreach (var range in text.Split(';'))
        {
            var item = text[range].Trim();
            if (item.IsEmpty)
            {
                continue;
            }

            if (!TryParseFunction(item, out var f))
            {
                value = FunctionSet.Empty;
                badWord = item.ToString();
                return false;
            }

            set = set.With(f);
        }

        value = set;
        badWord = null;
        return true;
    }

    private static string Word(string[] words, int index, string paramName) =>
        (uint)index < (uint)words.Length
            ? words[index]
            : throw new ArgumentOutOfRangeException(paramName, index, "not a defined value");

    private static int Find(string[] words, ReadOnlySpan<char> text)
    {
        text = text.Trim();
        for (var i = 0; i < words.Length; i++)
        {
            if (text.Equals(words[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
