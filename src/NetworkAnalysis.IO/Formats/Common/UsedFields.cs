using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Formats.Common;

/// <summary>Which optional transaction fields any transaction uses (one pass, so writers declare only the keys they need).</summary>
internal readonly record struct UsedFields(bool Time, bool Amount, bool Currency, bool Country, bool Route, bool Persons)
{
    public static UsedFields Of(IReadOnlyList<Transaction> transactions)
    {
        bool time = false, amount = false, currency = false, country = false, route = false, persons = false;
        for (var i = 0; i < transactions.Count; i++)
        {
            var t = transactions[i];
            time |= t.Time is not null;
            amount |= t.Amount is not null;
            currency |= t.Currency is not null;
            country |= t.Country is not null;
            route |= !t.Route.IsEmpty;
            persons |= t.Persons is not null;
        }

        return new UsedFields(time, amount, currency, country, route, persons);
    }
}
