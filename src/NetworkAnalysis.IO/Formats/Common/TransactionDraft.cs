namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>The raw text values of one edge while it is read; reused from edge to edge.</summary>
internal sealed class TransactionDraft
{
    private readonly List<KeyValuePair<string, string>> _extras = [];

    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Time { get; set; }

    public string? Amount { get; set; }

    public string? Currency { get; set; }

    public string? Country { get; set; }

    public string? Route { get; set; }

    public string? Persons { get; set; }

    public string? Weight { get; set; }

    /// <summary>A weight already parsed by the format (Pajek, DL), used when <see cref="Weight"/> is null.</summary>
    public double? NumericWeight { get; set; }

    public List<KeyValuePair<string, string>> Extras => _extras;

    public void Reset()
    {
        Id = Kind = Time = Amount = Currency = Country = Route = Persons = Weight = null;
        NumericWeight = null;
        _extras.Clear();
    }

    /// <summary>Stores <paramref name="value"/> in <paramref name="field"/> (an extra under <paramref name="name"/>); false for a reserved name.</summary>
    public bool Set(TransactionField field, string name, string value)
    {
        switch (field)
        {
            case TransactionField.Id: Id = value; break;
            case TransactionField.Kind: Kind = value; break;
            case TransactionField.Time: Time = value; break;
            case TransactionField.Amount: Amount = value; break;
            case TransactionField.Currency: Currency = value; break;
            case TransactionField.Country: Country = value; break;
            case TransactionField.Route: Route = value; break;
            case TransactionField.Persons: Persons = value; break;
            case TransactionField.Weight: Weight = value; break;
            case TransactionField.Extra: _extras.Add(new(name, value)); break;
            default: return false;
        }

        return true;
    }

    /// <summary>True when <paramref name="field"/> holds a value.</summary>
    public bool Has(TransactionField field) => field switch
    {
        TransactionField.Id => Id is not null,
        TransactionField.Kind => Kind is not null,
        TransactionField.Time => Time is not null,
        TransactionField.Amount => Amount is not null,
        TransactionField.Currency => Currency is not null,
        TransactionField.Country => Country is not null,
        TransactionField.Route => Route is not null,
        TransactionField.Persons => Persons is not null,
        TransactionField.Weight => Weight is not null,
        _ => false,
    };
}
