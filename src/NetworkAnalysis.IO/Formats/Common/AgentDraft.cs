namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>The raw text values of one node while it is read; reused from node to node.</summary>
internal sealed class AgentDraft
{
    private readonly List<KeyValuePair<string, string>> _extras = [];

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Sphere { get; set; }

    public string? Country { get; set; }

    public string? Groups { get; set; }

    public string? Functions { get; set; }

    public string? Sensitivity { get; set; }

    /// <summary>True when a name attribute was present (even without a value); JSON uses it to tell <c>label</c> apart.</summary>
    public bool NamePresent { get; set; }

    public List<KeyValuePair<string, string>> Extras => _extras;

    public void Reset()
    {
        Name = Kind = Sphere = Country = Groups = Functions = Sensitivity = null;
        NamePresent = false;
        _extras.Clear();
    }

    /// <summary>Stores <paramref name="value"/> in <paramref name="field"/> (an extra under <paramref name="name"/>); false for a reserved name.</summary>
    public bool Set(AgentField field, string name, string value)
    {
        switch (field)
        {
            case AgentField.Name: Name = value; NamePresent = true; break;
            case AgentField.Kind: Kind = value; break;
            case AgentField.Sphere: Sphere = value; break;
            case AgentField.Country: Country = value; break;
            case AgentField.Groups: Groups = value; break;
            case AgentField.Functions: Functions = value; break;
            case AgentField.Sensitivity: Sensitivity = value; break;
            case AgentField.Extra: _extras.Add(new(name, value)); break;
            default: return false;
        }

        return true;
    }

    /// <summary>True when <paramref name="field"/> holds a value.</summary>
    public bool Has(AgentField field) => field switch
    {
        AgentField.Name => Name is not null,
        AgentField.Kind => Kind is not null,
        AgentField.Sphere => Sphere is not null,
        AgentField.Country => Country is not null,
        AgentField.Groups => Groups is not null,
        AgentField.Functions => Functions is not null,
        AgentField.Sensitivity => Sensitivity is not null,
        _ => false,
    };
}
